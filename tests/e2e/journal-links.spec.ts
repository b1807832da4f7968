import { expect, test } from './fixtures';
import {
  button,
  createJournal,
  editor,
  expectSaved,
  heading,
  lock,
  newEntry,
  titleField,
  typeInEditor,
  unlock,
} from './flows';
import { seedGoal } from './goalFlows';

test('"@" links a goal with a chip; the goal page lists the entry; removing the chip unlinks it', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await seedGoal(app, { title: 'Walk after work' }, 0);
  // Locking clears the renderer's caches, so the app reads the goal saved behind its back.
  await lock(page);
  await unlock(page);
  await newEntry(page);
  await titleField(page).fill('Evening walk');
  await typeInEditor(page, 'Today I managed ');
  await page.keyboard.type('@work');
  const suggestions = page.getByRole('listbox', {
    name: 'Link to a goal, thought record, plan or skill',
  });
  await expect(suggestions.getByRole('option')).toHaveText(/Walk after work/);
  await expect(editor(page)).toHaveAttribute('aria-activedescendant', /.+/);
  await page.keyboard.press('Enter');
  await expect(suggestions).toBeHidden();
  await expect(editor(page).locator('.mention')).toHaveText(/Walk after work/);
  await page.keyboard.type('again.');
  await expectSaved(page);

  const panel = page.getByRole('region', { name: 'Linked' });
  await expect(panel.getByRole('button', { name: 'Open Goal: Walk after work' })).toBeVisible();
  await panel.getByRole('button', { name: 'Open Goal: Walk after work' }).click();
  await expect(heading(page, 'Walk after work')).toBeVisible();
  const entryLink = page.getByRole('button', { name: /Evening walk/ });
  await expect(entryLink).toBeVisible();

  await entryLink.click();
  await expect(editor(page)).toContainText('Walk after work');
  await page
    .getByRole('region', { name: 'Linked' })
    .getByRole('button', { name: 'Remove link to Walk after work' })
    .click();
  await expect(editor(page).locator('.mention')).toHaveCount(0);
  await expectSaved(page);
  const links = await page.evaluate(async () => {
    type Api = Record<string, (input: unknown) => Promise<{ ok: boolean; value?: unknown }>>;
    const api = (window as unknown as { waypoint: Api }).waypoint;
    const list = await api['journal:list']?.({});
    return (list?.value as { title: string; links: unknown[] }[]).map((e) => e.links.length);
  });
  expect(links).toEqual([0]);
});

test('"Challenge this thought" starts a thought record from the selection and links both ways', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await newEntry(page);
  await titleField(page).fill('Meeting');
  await typeInEditor(page, 'I always mess things up');
  await expectSaved(page);
  const challenge = button(page, 'Challenge this thought');
  await expect(challenge).toBeDisabled();
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Shift+Home');
  await expect(challenge).toBeEnabled();
  await challenge.click();
  const chip = editor(page).locator('.mention');
  await expect(chip).toContainText('I always mess things up');
  await expect(chip).toContainText('Thought record');
  await expectSaved(page);

  const panel = page.getByRole('region', { name: 'Linked' });
  await panel.getByRole('button', { name: /Open Thought record: I always mess things up/ }).click();
  await expect(page.getByText('Entries linked to this record')).toBeVisible();
  await expect(page.getByRole('button', { name: /Meeting/ })).toBeVisible();
});

test('"Plan for this obstacle" starts an obstacle plan from the selection and links it', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await newEntry(page);
  await typeInEditor(page, 'Scrolling my phone in bed');
  await expectSaved(page);
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Shift+Home');
  await button(page, 'Plan for this obstacle').click();
  const chip = editor(page).locator('.mention');
  await expect(chip).toContainText('Plan');
  await expect(chip).toContainText('Scrolling my phone in bed');
  await expectSaved(page);
  const links = await page.evaluate(async () => {
    type Api = Record<string, (input: unknown) => Promise<{ ok: boolean; value?: unknown }>>;
    const api = (window as unknown as { waypoint: Api }).waypoint;
    const list = await api['journal:list']?.({});
    return (list?.value as { links: { kind: string }[] }[]).flatMap((e) =>
      e.links.map((l) => l.kind),
    );
  });
  expect(links).toEqual(['plan']);
});
