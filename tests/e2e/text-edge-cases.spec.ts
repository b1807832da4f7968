import { expect, expectAccessible, test } from './fixtures';
import {
  backToJournal,
  button,
  createJournal,
  editor,
  expectHome,
  expectLocked,
  expectSaved,
  lock,
  newEntry,
  openEntry,
  titleField,
  unlock,
} from './flows';

/**
 * Text that isn't plain English, through the real stack: a passphrase typed with decomposed
 * accents (as some keyboards send them), and right-to-left, CJK and emoji writing that must
 * display in the right direction and come back exactly after a lock.
 */
const NFC_PASSPHRASE = 'Crème brûlée à Noël, señor'.normalize('NFC');

test('a passphrase typed in NFD unlocks a journal created in NFC', async ({ app }) => {
  const { page } = app;
  await createJournal(page, NFC_PASSPHRASE);
  await lock(page);
  const nfd = NFC_PASSPHRASE.normalize('NFD');
  expect(nfd).not.toBe(NFC_PASSPHRASE);
  await expectLocked(page);
  await page.getByLabel('Passphrase', { exact: true }).fill(nfd);
  expect(await page.getByLabel('Passphrase', { exact: true }).inputValue()).toBe(nfd);
  await button(page, 'Unlock').click();
  await expectHome(page);
});

const LINES = {
  english: 'Today was hard, but I called Sam.',
  arabic: 'اليوم كان صعبًا، لكنني اتصلت بسام.',
  hebrew: 'היום היה קשה, אבל התקשרתי לסאם.',
  mixed: '今日は雨 🌧️ — 비 오는 날 👩‍👩‍👧',
};

test('right-to-left lines read right to left, and every script survives a lock', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await createJournal(page);
  await newEntry(page);
  await titleField(page).fill('שלום — hello');
  await expect(titleField(page)).toHaveAttribute('dir', 'auto');
  await editor(page).click();
  const values = Object.values(LINES);
  for (const [i, line] of values.entries()) {
    await page.keyboard.insertText(line);
    if (i < values.length - 1) await page.keyboard.press('Enter');
  }
  await expectSaved(page);

  const paragraphs = editor(page).locator('p');
  await expect(paragraphs).toHaveCount(4);
  // dir="auto": each paragraph's direction comes from its own first strong character.
  await expect(editor(page).locator('p:dir(rtl)')).toHaveText([LINES.arabic, LINES.hebrew]);
  await expect(editor(page).locator('p:dir(ltr)')).toHaveText([LINES.english, LINES.mixed]);
  await page.screenshot({ path: testInfo.outputPath('rtl-entry.png') });
  await expectAccessible(page, 'an entry in three scripts');

  await backToJournal(page);
  await lock(page);
  await unlock(page);
  await openEntry(page, /hello/);
  await expect(titleField(page)).toHaveValue('שלום — hello');
  await expect(paragraphs).toHaveText(values);
});
