import type { BackupsStatus, BackupSummary } from '../../../shared/contracts/backups';
import type { UnlockResult } from '../../../shared/contract';
import type { Platform } from '../platform';
import type { Session } from '../session';
import {
  autoBackupIfDue,
  defaultBackupFolder,
  listBackups,
  openBackup,
  restoreBackup,
  takeBackup,
  type BackupInfo,
  type Credential,
} from '../vault/backup';
import { VaultError } from '../vault/errors';
import type { Vault } from '../vault/vault';

/**
 * Backups for the app: where they go (a setting kept encrypted in the vault, changed only
 * through the system folder dialog), "Back up now", the list, restore and key rotation.
 */
const CONFIG_TYPE = 'settings';
const CONFIG_ID = 'backups';

interface BackupConfig {
  /** null: the default folder beside the vault folder. */
  folder: string | null;
  automatic: boolean;
}

const lastErrors = new WeakMap<Session, string | null>();

function readConfig(vault: Vault): BackupConfig {
  const stored = vault.getRecords(CONFIG_TYPE).find((r) => r.id === CONFIG_ID)?.value;
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<
    Record<keyof BackupConfig, unknown>
  >;
  return {
    folder: typeof value.folder === 'string' && value.folder !== '' ? value.folder : null,
    automatic: typeof value.automatic === 'boolean' ? value.automatic : true,
  };
}

async function saveConfig(vault: Vault, patch: Partial<BackupConfig>): Promise<void> {
  await vault.putRecord(CONFIG_TYPE, CONFIG_ID, { ...readConfig(vault), ...patch });
}

/** The folder backups go to now. */
export function backupFolder(session: Session): string {
  return readConfig(session.requireVault()).folder ?? defaultBackupFolder(session.dataDir);
}

/** Backups in the chosen folder and the default one (where older ones may still be). */
async function allBackups(session: Session): Promise<BackupInfo[]> {
  const roots = new Set([backupFolder(session), defaultBackupFolder(session.dataDir)]);
  const found = new Map<string, BackupInfo>();
  for (const root of roots) for (const b of await listBackups(root)) found.set(b.id, b);
  return [...found.values()].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
}

const summary = (b: BackupInfo): BackupSummary => ({
  id: b.id,
  createdAt: b.createdAt,
  kind: b.kind,
  bytes: b.bytes,
  verified: b.verified,
});

export async function backupsStatus(session: Session): Promise<BackupsStatus> {
  const config = readConfig(session.requireVault());
  return {
    folder: backupFolder(session),
    isDefaultFolder: config.folder === null,
    automatic: config.automatic,
    lastError: lastErrors.get(session) ?? null,
    backups: (await allBackups(session)).map(summary),
  };
}

export async function backUpNow(session: Session, now: Date): Promise<BackupsStatus> {
  try {
    await takeBackup(session.requireVault(), backupFolder(session), { kind: 'manual', now });
    lastErrors.set(session, null);
  } catch (error) {
    if (error instanceof VaultError) lastErrors.set(session, error.message);
    throw error;
  }
  return backupsStatus(session);
}

export async function setBackupFolder(
  session: Session,
  platform: Platform,
  folder: 'choose' | 'default',
): Promise<BackupsStatus | null> {
  const vault = session.requireVault();
  if (folder === 'default') {
    await saveConfig(vault, { folder: null });
    return backupsStatus(session);
  }
  if (!platform.chooseFolder)
    throw new VaultError('invalid_input', 'There is no folder picker here.');
  const chosen = await platform.chooseFolder('Choose a folder for backups');
  if (chosen === null) return null;
  await saveConfig(vault, { folder: chosen });
  return backupsStatus(session);
}

export async function setAutomaticBackups(
  session: Session,
  automatic: boolean,
): Promise<BackupsStatus> {
  await saveConfig(session.requireVault(), { automatic });
  return backupsStatus(session);
}

export async function restoreFromBackup(
  session: Session,
  id: string,
  credential: Credential,
  now: Date,
): Promise<UnlockResult> {
  const backup = (await allBackups(session)).find((b) => b.id === id);
  if (!backup) throw new VaultError('not_found', 'That backup is no longer there.');
  const root = backupFolder(session);
  // Proven while the journal is still open: a wrong passphrase or damaged backup changes nothing.
  await openBackup(backup.path, credential);
  return session.replaceWhileLocked(async () => {
    await restoreBackup({ dataDir: session.dataDir, folder: backup.path, credential, root, now });
  }, credential);
}

/**
 * Starts automatic backups: after each unlock, one if the last is about a day old, then
 * retention. Runs in the background through the vault's write queue; a failure is shown
 * in Settings, never blocks writing. Returns the last run, for tests.
 */
export function startAutomaticBackups(
  session: Session,
  now: () => Date,
): { idle: () => Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  session.onUnlock((vault) => {
    running = running.then(async () => {
      try {
        if (vault.isClosed || !readConfig(vault).automatic) return;
        await autoBackupIfDue(vault, backupFolder(session), now());
        lastErrors.set(session, null);
      } catch (error) {
        if (!vault.isClosed)
          lastErrors.set(
            session,
            error instanceof VaultError
              ? error.message
              : "The automatic backup couldn't be written. Check the backup folder.",
          );
      }
    });
  });
  return { idle: () => running };
}
