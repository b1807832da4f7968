import type { Entry } from '../../../../shared/journal';
import { countWords } from '../../../../shared/journal';
import { withVault, type Context } from '../context';
import { EXIT, UsageError } from '../exitCodes';
import { docToPlainText } from '../markdown';
import { parseDate } from './add';

/** Entries within --from/--to (inclusive). Dates are YYYY-MM-DD, so strings compare. */
export function filterByDate(entries: Entry[], from?: string, to?: string): Entry[] {
  return entries.filter(
    (e) => (from === undefined || e.date >= from) && (to === undefined || e.date <= to),
  );
}

export function firstWords(text: string, max = 8): string {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const head = words.slice(0, max).join(' ');
  const short = head.length > 60 ? `${head.slice(0, 59)}…` : head;
  return words.length > max || short !== head ? `${short.replace(/…$/, '')}…` : short;
}

function parseLimit(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError(`--limit "${value}" is not a whole number of at least 1.`);
  return Number(value);
}

export async function listCommand(ctx: Context): Promise<number> {
  const { from: fromOption, to: toOption, limit: limitOption } = ctx.args.options;
  const from = fromOption !== undefined ? parseDate(fromOption, '--from') : undefined;
  const to = toOption !== undefined ? parseDate(toOption, '--to') : undefined;
  const limit = limitOption !== undefined ? parseLimit(limitOption) : Infinity;

  return withVault(ctx, async (vault) => {
    const entries = filterByDate(vault.listEntries(), from, to).slice(0, limit);
    if (entries.length === 0) ctx.err('No entries.');
    for (const entry of entries) {
      const text = docToPlainText(entry.content);
      const words = countWords(text);
      const label = entry.title.trim() !== '' ? entry.title.trim() : firstWords(text) || '(empty)';
      ctx.out(`${entry.date}  ${entry.id}  ${label}  (${words} ${words === 1 ? 'word' : 'words'})`);
    }
    return Promise.resolve(EXIT.ok);
  });
}
