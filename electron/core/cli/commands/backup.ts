import { resolve } from 'node:path';
import { defaultBackupFolder, takeBackup, type BackupInfo } from '../../vault/backup';
import { withVault, type Context } from '../context';
import { EXIT } from '../exitCodes';

export function describeBackup(backup: BackupInfo): string {
  const kb = Math.max(1, Math.round(backup.bytes / 1024));
  return `${backup.createdAt}  ${kb} KB  ${backup.verified ? 'verified' : 'not checked'}  ${backup.path}`;
}

/** `waypoint backup [--to FOLDER]`: an encrypted, verified copy of the journal. */
export async function backupCommand(ctx: Context): Promise<number> {
  const to = ctx.args.options.to;
  const root =
    to !== undefined ? resolve(ctx.io.cwd ?? process.cwd(), to) : defaultBackupFolder(ctx.dataDir);
  return withVault(ctx, async (vault) => {
    const backup = await takeBackup(vault, root, { kind: 'manual', now: ctx.now() });
    ctx.out(`Backed up and checked: every file opens with your key.`);
    ctx.out(describeBackup(backup));
    ctx.out('The backup is encrypted like the journal. Keep a copy on another disk too.');
    return EXIT.ok;
  });
}
