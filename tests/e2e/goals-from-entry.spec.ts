import { emptyGoalInput } from '../../shared/goals';
import { expect, expectAccessible, test } from './fixtures';
import {
  button,
  createJournal,
  editor,
  expectSaved,
  goTo,
  heading,
  lock,
  tabTo,
  unlock,
  writeEntry,
} from './flows';
import { goalLinks, openGoal, seedGoal } from './goalFlows';

// Minutes of walking a day, 0 → 30.
const WALKS = {
  title: 'Evening walks',
  measure: { ...emptyGoalInput().measure, unit: 'minutes', baseline: 0, target: 30 },
};

test('a check-in made from a journal entry (keyboard only) is linked to it and shows on the goal page, with the goal’s entries, plans and thought records', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await createJournal(page);
  await seedGoal(app, WALKS, 0);
  // Locking clears the renderer's caches, so the app reads the goal saved behind its back.
  await lock(page);
  await unlock(page);

  await goTo(page, 'Journal');
  await writeEntry(page, { title: 'After work', text: 'Walked to the park and back.' });
  const panel = page.getByRole('region', { name: 'Linked' });
  await panel.getByLabel('Add a link').selectOption({ label: 'Goal: Evening walks' });
  await panel.getByRole('button', { name: 'Add link' }).click();
  await expect(editor(page).locator('.mention')).toContainText('Evening walks');
  await expectSaved(page);

  // From the entry's side panel, keyboard only: open, type, save.
  const checkInButton = panel.getByRole('button', {
    name: 'Check in on Evening walks, from this entry',
  });
  await tabTo(page, checkInButton, 60);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Check in on Evening walks' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'check-in dialog from an entry');
  await page.keyboard.press('Tab');
  const value = dialog.getByLabel(/^Value/);
  await expect(value).toBeFocused();
  await page.keyboard.type('abc');
  await page.keyboard.press('Enter');
  // Bad input stays beside the field; nothing is saved.
  await expect(dialog.getByText(/Enter a number/)).toBeVisible();
  await expect(value).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('25');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(panel.getByRole('status')).toHaveText('Check-in saved: 25 minutes.');

  // The goal page: the check-in, marked as made from the entry, which it opens.
  await openGoal(page, 'Evening walks');
  const checkins = page.getByRole('region', { name: 'Check-ins' });
  await expect(checkins.getByRole('cell', { name: '25 minutes', exact: true })).toBeVisible();
  const fromEntry = checkins.getByRole('button', {
    name: /^Open the journal entry of the check-in on/,
  });
  await expect(fromEntry).toHaveText('(from a journal entry)');
  // The goal's links: the entry, and (empty for now) plans and thought records.
  const links = goalLinks(page);
  await expect(links.getByRole('button', { name: /^After work/ })).toBeVisible();
  await expect(links.getByText('No obstacle plans for this goal yet.')).toBeVisible();
  await expect(links.getByText('No thought records for this goal yet.')).toBeVisible();
  await expectAccessible(page, 'goal page with a check-in from an entry');
  await fromEntry.click();
  await expect(editor(page)).toContainText('Walked to the park and back.');

  // A thought record started from the goal is listed on its page.
  await openGoal(page, 'Evening walks');
  await links.getByRole('button', { name: 'Challenge a thought' }).click();
  await expect(heading(page, 'Thought records')).toBeVisible();
  await openGoal(page, 'Evening walks');
  await expect(links.getByRole('button', { name: /Thought record of .* \(Draft\)/ })).toBeVisible();
  await links.getByRole('button', { name: /Thought record of/ }).click();
  await expect(heading(page, 'Thought records')).toBeVisible();
  await expect(button(page, 'Delete record')).toBeVisible();
});
