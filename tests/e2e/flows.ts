import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Page objects for the first screens: small, user-level steps that the specs compose.
 * Every step ends on a web-first assertion about where the user is, never on a sleep.
 */

export const PASSPHRASE = 'lantern orchard quietly 47 rivers';
export const OTHER_PASSPHRASE = 'harbour violet ninety paper kites';

/** Crockford base32 (no I, L, O, U), eight groups of four joined by dashes. */
export const RECOVERY_KEY_FORMAT = /^[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){7}$/;

export const WRONG_PASSPHRASE_MESSAGE = "That passphrase doesn't unlock this journal.";

// ------------------------------------------------------------------ locators

export const heading = (page: Page, name: string): Locator =>
  page.getByRole('heading', { level: 1, name, exact: true });

export const button = (page: Page, name: string): Locator =>
  page.getByRole('button', { name, exact: true });

/** The entry's save status ("Saving…" / "Saved" / "Couldn't save — retrying"), icon and all. */
export const saveStatus = (page: Page): Locator =>
  page.getByRole('status').filter({ hasText: /Saved|Saving…|Couldn't save/ });

export const editor = (page: Page): Locator => page.getByRole('textbox', { name: 'Entry text' });

export const titleField = (page: Page): Locator => page.getByLabel('Title', { exact: true });

/** An entry in the journal list: a button whose name holds date, words, title and preview. */
export const entryCard = (page: Page, text: string | RegExp): Locator =>
  page.getByRole('listitem').getByRole('button', { name: text });

// ------------------------------------------------------------------ gate screens

/** Welcome → "Create my journal"; stops on the recovery key screen and returns the key. */
export async function createVault(page: Page, passphrase = PASSPHRASE): Promise<string> {
  await expect(heading(page, 'Welcome to Waypoint')).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Confirm passphrase', { exact: true }).fill(passphrase);
  await button(page, 'Create my journal').click();
  return readRecoveryKey(page);
}

export async function readRecoveryKey(page: Page): Promise<string> {
  await expect(heading(page, 'Your recovery key')).toBeVisible();
  const key = (
    await page.getByRole('figure', { name: 'Recovery key' }).locator('code').innerText()
  ).trim();
  expect(key).toMatch(RECOVERY_KEY_FORMAT);
  return key;
}

/** The app opens on Home after creating or unlocking the journal. */
export async function expectHome(page: Page): Promise<void> {
  await expect(heading(page, 'Home')).toBeVisible();
  await expect(page).toHaveTitle('Home — Waypoint');
}

/**
 * Ticks "I've stored it safely", continues to Home, then opens the (empty) journal, where
 * most specs start.
 */
export async function confirmRecoveryKeyStored(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: "I've stored it safely" }).check();
  await button(page, 'Continue').click();
  await expectHome(page);
  await goTo(page, 'Journal');
}

/** The whole first run; returns the recovery key that was shown. */
export async function createJournal(page: Page, passphrase = PASSPHRASE): Promise<string> {
  const key = await createVault(page, passphrase);
  await confirmRecoveryKeyStored(page);
  return key;
}

export async function expectLocked(page: Page): Promise<void> {
  await expect(heading(page, 'Welcome back')).toBeVisible();
}

/** Locks with the header button and waits for the unlock screen. */
export async function lock(page: Page): Promise<void> {
  await button(page, 'Lock').click();
  await expectLocked(page);
}

async function submitPassphrase(page: Page, passphrase: string): Promise<void> {
  await expectLocked(page);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await button(page, 'Unlock').click();
}

/** Unlocks (landing on Home) and opens the journal. */
export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await submitPassphrase(page, passphrase);
  await expectHome(page);
  await goTo(page, 'Journal');
}

/** A passphrase that must be refused, with exactly the wrong-passphrase message. */
export async function expectUnlockRefused(page: Page, passphrase: string): Promise<void> {
  await submitPassphrase(page, passphrase);
  await expect(page.getByRole('alert')).toHaveText(WRONG_PASSPHRASE_MESSAGE);
  await expectLocked(page);
}

export async function openRecoveryUnlock(page: Page): Promise<void> {
  await expectLocked(page);
  await button(page, 'Use your recovery key instead').click();
  await expect(heading(page, 'Use your recovery key')).toBeVisible();
}

export async function submitRecoveryKey(page: Page, key: string): Promise<void> {
  await page.getByLabel('Recovery key', { exact: true }).fill(key);
  await button(page, 'Unlock with recovery key').click();
}

export async function chooseNewPassphrase(page: Page, passphrase: string): Promise<void> {
  await expect(heading(page, 'Choose a new passphrase')).toBeVisible();
  await page.getByLabel('New passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Confirm new passphrase', { exact: true }).fill(passphrase);
  await button(page, 'Save new passphrase').click();
  await expectHome(page);
  await goTo(page, 'Journal');
}

// ------------------------------------------------------------------ journal

/** The sections in the sidebar, in order. */
export const SECTIONS = [
  'Home',
  'Journal',
  'Goals',
  'Thought records',
  'Plans',
  'Skills',
  'Check-ins',
  'Sessions & summary',
  'Settings',
] as const;
export type Section = (typeof SECTIONS)[number];

/** Sidebar → a section; it is marked current, its h1 shows and has focus. */
export async function goTo(page: Page, section: Section): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const link = nav.getByRole('button', { name: section, exact: true });
  await link.click();
  await expect(link).toHaveAttribute('aria-current', 'page');
  await expect(heading(page, section)).toBeVisible();
  await expect(heading(page, section)).toBeFocused();
  await expect(page).toHaveTitle(`${section} — Waypoint`);
}

/** "New entry" → the editor for a fresh entry. */
export async function newEntry(page: Page): Promise<void> {
  await button(page, 'New entry').click();
  await expect(editor(page)).toBeVisible();
}

/** Types at the end of the open entry's text (a real keyboard, through ProseMirror). */
export async function typeInEditor(page: Page, text: string): Promise<void> {
  const box = editor(page);
  await box.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
  await expect(box).toContainText(text);
}

export async function expectSaved(page: Page, timeout?: number): Promise<void> {
  await expect(saveStatus(page)).toHaveText(/Saved/, timeout ? { timeout } : undefined);
}

/** A new entry with a title and text, saved; stays in the editor. */
export async function writeEntry(
  page: Page,
  entry: { title?: string; text: string },
): Promise<void> {
  await newEntry(page);
  if (entry.title !== undefined) await titleField(page).fill(entry.title);
  await typeInEditor(page, entry.text);
  await expectSaved(page);
}

export async function backToJournal(page: Page): Promise<void> {
  await button(page, 'Back to journal').click();
  await expect(heading(page, 'Journal')).toBeVisible();
}

export async function openEntry(page: Page, text: string | RegExp): Promise<void> {
  await entryCard(page, text).click();
  await expect(editor(page)).toBeVisible();
}

/** The open entry holds exactly this title and (at least) this text. */
export async function expectEntry(
  page: Page,
  entry: { title?: string; text: string },
): Promise<void> {
  if (entry.title !== undefined) await expect(titleField(page)).toHaveValue(entry.title);
  await expect(editor(page)).toContainText(entry.text);
}

/** Sets auto-lock straight through the bridge (fractions allowed), then lets the frame re-read it. */
export async function setAutoLockMinutes(page: Page, minutes: number): Promise<void> {
  await page.evaluate(async (autoLockMinutes) => {
    const api = (
      window as unknown as {
        waypoint: Record<string, (input: unknown) => Promise<{ ok: boolean }>>;
      }
    ).waypoint;
    const set = api['settings:set'];
    if (!set) throw new Error('no settings:set on the bridge');
    const result = await set({ autoLockMinutes });
    if (!result.ok) throw new Error('settings:set failed');
  }, minutes);
}

/** Settings → Appearance → Theme. */
export async function chooseTheme(
  page: Page,
  theme: 'Match my system' | 'Light' | 'Dark',
): Promise<void> {
  await goTo(page, 'Settings');
  const radio = page
    .getByRole('group', { name: 'Theme' })
    .getByRole('radio', { name: theme, exact: true });
  // A controlled radio: it shows the choice once main has stored it, so click, then expect.
  await radio.click();
  await expect(radio).toBeChecked();
  const value = { 'Match my system': 'system', Light: 'light', Dark: 'dark' }[theme];
  await expect(page.locator('html')).toHaveAttribute('data-theme', value);
}

// ------------------------------------------------------------------ keyboard only

/** Presses Tab until `target` has focus (keyboard only); fails if it never gets there. */
export async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

// ------------------------------------------------------------------ the vault on disk

/** Every file under the vault folder, by relative path. */
export async function vaultFiles(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const name of await readdir(dir, { recursive: true })) {
    const path = join(dir, name);
    if ((await stat(path)).isFile()) files.set(name.split('\\').join('/'), await readFile(path));
  }
  return files;
}

/** No file in the vault holds any of these strings (as UTF-8 or UTF-16, any case kept). */
export async function expectNotOnDisk(dir: string, secrets: string[]): Promise<void> {
  const files = await vaultFiles(dir);
  expect(files.size).toBeGreaterThan(0);
  for (const [name, bytes] of files) {
    for (const secret of secrets) {
      expect(bytes.includes(Buffer.from(secret, 'utf8')), `${name} holds "${secret}"`).toBe(false);
      expect(bytes.includes(Buffer.from(secret, 'utf16le')), `${name} holds "${secret}"`).toBe(
        false,
      );
    }
  }
}

/**
 * Makes the entries folder unwritable even for root: the folder moves aside and a plain
 * file takes its name. Returns the undo.
 */
export async function breakEntriesFolder(dir: string): Promise<() => Promise<void>> {
  await rename(join(dir, 'entries'), join(dir, 'entries.real'));
  await writeFile(join(dir, 'entries'), 'not a folder');
  return async () => {
    await rm(join(dir, 'entries'));
    await rename(join(dir, 'entries.real'), join(dir, 'entries'));
  };
}

// ------------------------------------------------------------------ app shell

export const sidebar = (page: Page): Locator => page.getByRole('navigation', { name: 'Main' });

export const navButton = (page: Page, section: Section): Locator =>
  sidebar(page).getByRole('button', { name: section, exact: true });

/** The command palette dialog and its parts. */
export const palette = (page: Page) => {
  const dialog = page.getByRole('dialog', { name: 'Command palette' });
  return {
    dialog,
    input: dialog.getByRole('combobox', { name: 'Type a command' }),
    options: dialog.getByRole('listbox', { name: 'Actions' }).getByRole('option'),
    selected: dialog.getByRole('option', { selected: true }),
  };
};

/** Ctrl+Shift+P; the palette opens with the text field focused. */
export async function openPalette(page: Page): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  await expect(palette(page).dialog).toBeVisible();
  await expect(palette(page).input).toBeFocused();
}

/** Palette → type → Enter runs the first match. */
export async function runCommand(page: Page, query: string, expected: string): Promise<void> {
  await openPalette(page);
  await palette(page).input.fill(query);
  await expect(palette(page).selected).toContainText(expected);
  await page.keyboard.press('Enter');
  await expect(palette(page).dialog).toBeHidden();
}

/** Presses Shift+Tab until `target` has focus (keyboard only). */
export async function shiftTabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Shift+Tab');
  }
  await expect(target).toBeFocused();
}
