import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Entry } from '../../../../shared/journal';
import { withVault, type Context } from '../context';
import { EXIT, UsageError } from '../exitCodes';
import { docToMarkdown, docToPlainText } from '../markdown';
import { entryHeader } from './show';

export type ExportFormat = 'json' | 'md';

export function exportJson(entries: Entry[]): string {
  const items = entries.map((e) => ({
    id: e.id,
    date: e.date,
    title: e.title,
    text: docToPlainText(e.content),
    content: e.content,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  }));
  return `${JSON.stringify(items, null, 2)}\n`;
}

export function exportMarkdown(entries: Entry[]): string {
  return entries
    .map((e) => {
      const body = docToMarkdown(e.content, { headingOffset: 1 });
      const header = `# ${entryHeader(e)}`;
      return body === '' ? `${header}\n` : `${header}\n\n${body}\n`;
    })
    .join('\n');
}

/** Writes a new file readable by its owner only (0600), replacing any file at `path`. */
async function writePrivateFile(path: string, data: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
    await handle.close();
    await rename(temp, path);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
}

function parseFormat(value: string | undefined): ExportFormat {
  if (value === 'json') return 'json';
  if (value === 'md' || value === 'markdown') return 'md';
  throw new UsageError(
    value === undefined
      ? 'Choose a format: --format json or --format md.'
      : `Unknown format "${value}": use --format json or --format md.`,
  );
}

export async function exportCommand(ctx: Context): Promise<number> {
  const format = parseFormat(ctx.args.options.format);
  const outOption = ctx.args.options.out;
  if (outOption === '') throw new UsageError('--out needs a file name.');
  const out = outOption !== undefined ? resolve(ctx.io.cwd ?? process.cwd(), outOption) : undefined;

  return withVault(ctx, async (vault) => {
    // Chronological, like a diary read front to back.
    const entries = vault.listEntries().reverse();
    const data = format === 'json' ? exportJson(entries) : exportMarkdown(entries);
    ctx.err('warning: this export is NOT encrypted. Anyone who can read it can read your journal.');
    if (out === undefined) {
      ctx.io.stdout.write(data);
    } else {
      await writePrivateFile(out, data);
      ctx.err(
        `Exported ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} to ${out}.`,
      );
    }
    return EXIT.ok;
  });
}
