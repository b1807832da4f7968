import { countSaveAttempts, countSaves, focusEnd, paste } from './editorFlows';
import { expect, test } from './fixtures';
import { createJournal, editor, expectSaved, newEntry, saveStatus } from './flows';

test('the save status goes Saved → Saving… → Saved as you write', async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  await newEntry(page);
  await expect(saveStatus(page)).toHaveText('✓Saved');
  const saves = countSaves(app.session);

  await focusEnd(page);
  await page.keyboard.type('A few words');
  // Pending changes show as saving at once; the save itself waits for a pause in typing.
  await expect(saveStatus(page)).toHaveText(/Saving…/);
  await expect(saveStatus(page)).toHaveAttribute('data-state', /pending|saving/);
  await expectSaved(page);
  // Eleven keystrokes, one save: the debounce coalesced them.
  expect(saves.count).toBe(1);
});

test('an entry over the size limit is refused clearly, keeps its text and is not retried in a loop', async ({
  app,
}) => {
  const { page } = app;
  const box = editor(page);
  await page.clock.install();
  await page.reload();
  await createJournal(page);
  await newEntry(page);
  await focusEnd(page);
  await page.keyboard.type('Before the long paste.');
  await expectSaved(page);
  const saves = countSaves(app.session);
  const attempts = await countSaveAttempts(page);

  // 2.1 MB of plain text in 2,100 lines, pasted like any other text.
  const line = 'All work and no play makes a very long entry. '.repeat(22).slice(0, 999);
  const big = Array.from({ length: 2_100 }, (_, i) => `${String(i).padStart(4, '0')} ${line}`).join(
    '\n',
  );
  await paste(page, { text: `${big}\nTHE LAST LINE` });
  await expect(box).toContainText('THE LAST LINE');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('too long to save', { timeout: 30_000 });
  await expect(alert).toContainText('the limit is 2 MB');
  await expect(alert).toContainText('Your text is still here');
  await expect(saveStatus(page)).toHaveText(/Couldn't save — too long/);
  await expect(saveStatus(page)).toHaveAttribute('data-state', 'refused');
  // The text is all still in the editor, and none of it reached the vault.
  await expect(box).toContainText('Before the long paste.');
  await expect(box).toContainText('2099 All work and no play');
  expect(saves.count).toBe(0);
  expect(await attempts()).toBe(1);

  // A minute goes by: no retries of the same refused text.
  await page.clock.fastForward('01:00');
  await expect(saveStatus(page)).toHaveAttribute('data-state', 'refused');
  expect(await attempts()).toBe(1);

  // Changing the text tries again (still too long: refused again, message still there).
  await page.keyboard.type('!');
  await page.clock.fastForward(1_000);
  await expect.poll(attempts).toBe(2);
  await expect(saveStatus(page)).toHaveAttribute('data-state', 'refused');
  await expect(alert).toContainText('too long to save');

  // Cutting it down saves, and the message goes away.
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Short again.');
  await page.clock.fastForward(1_000);
  await expectSaved(page, 30_000);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(box).toHaveText('Short again.');
  expect(saves.count).toBeGreaterThanOrEqual(1);
});
