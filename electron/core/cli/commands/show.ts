import type { Entry } from '../../../../shared/journal';
import { entryIdSchema } from '../../../../shared/journal';
import { withVault, type Context } from '../context';
import { EXIT, UsageError } from '../exitCodes';
import { docToPlainText } from '../markdown';
import { parseDate } from './add';

export function entryHeader(entry: Entry): string {
  const title = entry.title.trim();
  return title !== '' ? `${entry.date} — ${title}` : entry.date;
}

export async function showCommand(ctx: Context): Promise<number> {
  const target = ctx.args.positionals[0] ?? '';
  const isDate = /^\d{4}-\d{2}-\d{2}$/.test(target);
  if (isDate) parseDate(target, 'The date');
  else if (!entryIdSchema.safeParse(target).success)
    throw new UsageError(`"${target}" is neither an entry id nor a date like 2026-11-26.`);

  return withVault(ctx, async (vault) => {
    const found = isDate
      ? vault
          .listEntries()
          .filter((e) => e.date === target)
          .reverse()
      : [vault.getEntry(target)].filter((e) => e !== undefined);
    if (found.length === 0)
      throw new UsageError(isDate ? `No entries on ${target}.` : `No entry with id ${target}.`);
    const blocks = found.map((entry) => {
      const body = docToPlainText(entry.content);
      return body === '' ? entryHeader(entry) : `${entryHeader(entry)}\n\n${body}`;
    });
    ctx.out(blocks.join('\n\n\n'));
    return Promise.resolve(EXIT.ok);
  });
}
