import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DEFAULT_DISPLAY_PREFS,
  displayPrefsSchema,
  type DisplayPrefs,
} from '../../../shared/contract';
import { writeFileAtomic } from './atomicFile';

/**
 * `prefs.json`, the only unencrypted file: what the unlock screen needs to look right
 * (theme, text size, language). Nothing personal may ever be added here.
 */
export const PREFS_FILE = 'prefs.json';

export async function readDisplayPrefs(dir: string): Promise<DisplayPrefs> {
  try {
    const parsed = displayPrefsSchema
      .partial()
      .safeParse(JSON.parse(await readFile(join(dir, PREFS_FILE), 'utf8')));
    return parsed.success ? { ...DEFAULT_DISPLAY_PREFS, ...parsed.data } : DEFAULT_DISPLAY_PREFS;
  } catch {
    return DEFAULT_DISPLAY_PREFS;
  }
}

export async function writeDisplayPrefs(dir: string, prefs: DisplayPrefs): Promise<void> {
  await writeFileAtomic(join(dir, PREFS_FILE), Buffer.from(JSON.stringify(prefs, null, 2) + '\n'));
}
