import { isDamageNotice, withVault, type Context } from '../context';
import { EXIT } from '../exitCodes';

export async function verifyCommand(ctx: Context): Promise<number> {
  return withVault(ctx, async (vault) => {
    const damagedOnOpen = vault.notices.filter(isDamageNotice).length;
    const report = await vault.verify();
    for (const problem of report.problems) ctx.out(`problem: ${problem}`);
    const files = `${report.filesChecked} ${report.filesChecked === 1 ? 'file' : 'files'}`;
    if (report.ok && damagedOnOpen === 0) {
      ctx.out(`All ${files} checked: the journal is sound.`);
      return EXIT.ok;
    }
    const count = report.problems.length + damagedOnOpen;
    ctx.out(
      `Checked ${files}: found ${count} ${count === 1 ? 'problem' : 'problems'}. Restore the affected files from a backup if you have one.`,
    );
    return EXIT.damaged;
  });
}
