import { isoDateSchema } from '../../../../shared/journal';
import { LIMITS } from '../../../../shared/limits';
import { localDate, withVault, type Context } from '../context';
import { EXIT, UsageError } from '../exitCodes';
import { textToDoc } from '../textToDoc';

export function parseDate(value: string, option: string): string {
  const result = isoDateSchema.safeParse(value);
  // Date.parse accepts days like 02-30, so check the day really exists in that month.
  const [y = 0, m = 0, d = 0] = value.split('-').map(Number);
  const real = new Date(Date.UTC(y, m - 1, d));
  const exists = real.getUTCMonth() === m - 1 && real.getUTCDate() === d;
  if (!result.success || !exists)
    throw new UsageError(`${option} "${value}" is not a date like 2026-11-26 (year-month-day).`);
  return result.data;
}

/** Reads the entry text (arguments, else stdin) after the passphrase has been taken. */
async function entryText(ctx: Context): Promise<string> {
  if (ctx.args.positionals.length > 0) return ctx.args.positionals.join(' ');
  if (ctx.stdin.isTTY) ctx.err('Write your entry, then press Ctrl-D on a new line to save it.');
  return ctx.stdin.rest();
}

export async function addCommand(ctx: Context): Promise<number> {
  const { date: dateOption, title } = ctx.args.options;
  const date = dateOption !== undefined ? parseDate(dateOption, '--date') : localDate(ctx.now());
  if (title !== undefined && title.length > LIMITS.titleMaxLength)
    throw new UsageError(`The title is too long (at most ${LIMITS.titleMaxLength} characters).`);

  return withVault(ctx, async (vault) => {
    const text = await entryText(ctx);
    if (text.trim() === '' && (title ?? '').trim() === '')
      throw new UsageError('Nothing to add: give the text as arguments or pipe it on stdin.');
    if (text.length > LIMITS.entryTextMaxLength)
      throw new UsageError(
        'That entry is too long for one entry; try splitting it into two entries.',
      );
    const entry = await vault.createEntry(date, {
      title: title?.trim() ?? '',
      content: textToDoc(text),
    });
    ctx.out(`Added entry ${entry.id} for ${entry.date}.`);
    return EXIT.ok;
  });
}
