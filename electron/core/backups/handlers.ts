import type { BACKUPS_CHANNELS } from '../../../shared/channels';
import type { HandlerContext, Implementations } from '../handlerTypes';
import {
  backUpNow,
  backupsStatus,
  restoreFromBackup,
  setAutomaticBackups,
  setBackupFolder,
} from './backupService';

/** Backups, restore and key rotation (see shared/contracts/backups.ts). */
export function backupsHandlers({
  session,
  platform,
  now,
}: HandlerContext): Implementations<(typeof BACKUPS_CHANNELS)[number]> {
  return {
    'backups:status': () => backupsStatus(session),
    'backups:now': () => backUpNow(session, now()),
    'backups:setFolder': ({ folder }) => setBackupFolder(session, platform, folder),
    'backups:setAutomatic': ({ automatic }) => setAutomaticBackups(session, automatic),
    'backups:restore': async ({ id, passphrase, recoveryKey }) => {
      const credential =
        passphrase !== undefined ? { passphrase } : { recoveryKey: recoveryKey ?? '' };
      const result = await restoreFromBackup(session, id, credential, now());
      return { passphraseResetRequired: result.passphraseResetRequired };
    },
    'vault:rotateKeys': async ({ passphrase, newPassphrase }) => ({
      recoveryKey: await session.requireVault().rotateKeys(passphrase, newPassphrase),
    }),
  };
}
