import { expect, test } from './fixtures';
import {
  PASSPHRASE,
  backToJournal,
  button,
  createJournal,
  editor,
  entryCard,
  expectEntry,
  expectLocked,
  expectNotOnDisk,
  expectSaved,
  heading,
  lock,
  newEntry,
  openEntry,
  titleField,
  typeInEditor,
  unlock,
  writeEntry,
} from './flows';

test('an entry written, saved and locked away comes back the same after unlock', async ({
  app,
}) => {
  const { page, dataDir } = app;
  await createJournal(page);
  const entry = { title: 'A walk by the canal', text: 'The herons were out again this morning.' };
  await writeEntry(page, entry);

  await lock(page);
  expect(await page.content()).not.toContain('herons');
  await expectNotOnDisk(dataDir, [entry.title, entry.text, 'herons', PASSPHRASE]);

  await unlock(page);
  const card = entryCard(page, /A walk by the canal/);
  await expect(card).toBeVisible();
  await expect(card).toContainText('7 words');
  await expect(card).toContainText('The herons were out again');
  await openEntry(page, /A walk by the canal/);
  await expectEntry(page, entry);
  await expectSaved(page);
});

test('Ctrl+L locks from inside the editor and keeps the words typed just before', async ({
  app,
}) => {
  const { page, dataDir } = app;
  await createJournal(page);
  await newEntry(page);
  await titleField(page).fill('Keyboard lock');
  await typeInEditor(page, 'Typed and locked at once');
  // No waiting for "Saved": the lock itself flushes.
  await page.keyboard.press('Control+l');
  await expectLocked(page);
  await expectNotOnDisk(dataDir, ['Typed and locked at once', 'Keyboard lock']);

  await unlock(page);
  await openEntry(page, /Keyboard lock/);
  await expectEntry(page, { title: 'Keyboard lock', text: 'Typed and locked at once' });
});

test('formatting buttons apply to the text and survive a lock', async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  await newEntry(page);
  await titleField(page).fill('Formatted');
  const formatting = page.getByRole('toolbar', { name: 'Formatting' });
  const bold = formatting.getByRole('button', { name: 'Bold' });
  await editor(page).click();
  await bold.click();
  await expect(bold).toHaveAttribute('aria-pressed', 'true');
  // Tiptap hands focus back to the text one animation frame after a toolbar click.
  await expect(editor(page)).toBeFocused();
  await page.keyboard.type('Strong words');
  await expect(editor(page).locator('strong')).toHaveText('Strong words');
  await expectSaved(page);

  await lock(page);
  await unlock(page);
  await openEntry(page, /Formatted/);
  await expect(editor(page).locator('strong')).toHaveText('Strong words');
});

test('deleting an entry asks first: Cancel keeps it, Delete removes it', async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  await writeEntry(page, { title: 'Keep me', text: 'This one stays.' });
  await backToJournal(page);
  await writeEntry(page, { title: 'Remove me', text: 'This one goes.' });

  await button(page, 'Delete entry').click();
  const dialog = page.getByRole('dialog', { name: 'Delete this entry?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('“Remove me” will be removed from your journal.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expectEntry(page, { title: 'Remove me', text: 'This one goes.' });

  await backToJournal(page);
  await expect(entryCard(page, /Remove me/)).toBeVisible();
  await openEntry(page, /Remove me/);
  await button(page, 'Delete entry').click();
  await dialog.getByRole('button', { name: 'Delete entry' }).click();

  await expect(heading(page, 'Journal')).toBeVisible();
  await expect(entryCard(page, /Remove me/)).toHaveCount(0);
  await expect(entryCard(page, /Keep me/)).toBeVisible();

  // Gone for good, not just from the list on screen.
  await lock(page);
  await unlock(page);
  await expect(entryCard(page, /Keep me/)).toBeVisible();
  await expect(entryCard(page, /Remove me/)).toHaveCount(0);
});
