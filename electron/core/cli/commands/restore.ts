import { resolve } from 'node:path';
import { defaultBackupFolder, restoreBackup, type Credential } from '../../vault/backup';
import type { Context } from '../context';
import { EXIT } from '../exitCodes';
import { getPassphrase } from '../passphrase';
import { describeBackup } from './backup';

/**
 * `waypoint restore <backup-folder>`: proves the backup opens with its passphrase (or the
 * recovery key in WAYPOINT_RECOVERY_KEY), keeps the current journal as a backup, then
 * replaces it. Nothing is changed if the backup doesn't open.
 */
export async function restoreCommand(ctx: Context): Promise<number> {
  const folder = resolve(ctx.io.cwd ?? process.cwd(), ctx.args.positionals[0] ?? '');
  const recoveryKey = ctx.io.env.WAYPOINT_RECOVERY_KEY;
  const credential: Credential =
    recoveryKey !== undefined && recoveryKey !== ''
      ? { recoveryKey }
      : {
          passphrase: await getPassphrase(
            {
              stdin: ctx.stdin,
              stderr: ctx.io.stderr,
              env: ctx.io.env,
              passphraseStdin: ctx.args.passphraseStdin,
            },
            { confirm: false },
          ),
        };
  const { kept, restored } = await restoreBackup({
    dataDir: ctx.dataDir,
    folder,
    credential,
    root: defaultBackupFolder(ctx.dataDir),
    now: ctx.now(),
  });
  ctx.out(`Restored the journal in ${ctx.dataDir} from the backup of ${restored.createdAt}.`);
  if (kept) {
    ctx.out('The journal it replaced was kept as a backup:');
    ctx.out(describeBackup(kept));
  }
  if ('recoveryKey' in credential)
    ctx.out('Open it with the same recovery key, then choose a new passphrase in the app.');
  return EXIT.ok;
}
