import { withEntryDefaults } from '../../shared/journal';
import { todayLocal } from '../../renderer/src/features/journal/dates';
import { expect, expectAccessible, test } from './fixtures';
import { button, createJournal, editor, entryCard, goTo, heading, titleField } from './flows';
import { calendarGrid, openJournalView, searchDialog, seedEntries, views } from './journalFlows';

test('the timeline groups by day, pins first in a day, and filters by tag and mood', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await seedEntries(page, [
    { date: '2026-01-10', title: 'Morning', text: 'Coffee.', tags: ['calm'], mood: 6 },
    { date: '2026-01-10', title: 'Evening', text: 'Tired.', pinned: true, mood: 3 },
    { date: '2026-01-11', title: 'Run', text: 'Five km.', tags: ['exercise', 'calm'], mood: 8 },
  ]);
  await openJournalView(page, 'Timeline');
  const day = page.getByRole('list', { name: /January 10|10 January/ });
  await expect(day.getByRole('button')).toHaveCount(2);
  await expect(day.getByRole('button').first()).toContainText('Evening');
  await expect(day.getByRole('button').first()).toContainText('Pinned');

  await page.getByLabel('Tag', { exact: true }).selectOption('calm');
  await expect(page.getByRole('status').filter({ hasText: /entries/ })).toHaveText('2 entries');
  await expect(entryCard(page, /Evening/)).toBeHidden();
  await page.getByLabel('Mood from').selectOption('7');
  await expect(entryCard(page, /Morning/)).toBeHidden();
  await expect(entryCard(page, /Run/)).toBeVisible();
  await button(page, 'Clear filters').click();
  await expect(entryCard(page, /Evening/)).toBeVisible();
});

test('the timeline shows 50 days at a time and more on request', async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  const entries = Array.from({ length: 60 }, (_, i) => ({
    date: `2025-${String(Math.floor(i / 28) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    title: `Day ${i}`,
    text: 'Steady.',
  }));
  await seedEntries(page, entries);
  await openJournalView(page, 'Timeline');
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(50);
  await expect(page.getByText('Showing 50 of 60 days')).toBeVisible();
  await button(page, 'Show older entries').click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(60);
  await expect(button(page, 'Show older entries')).toBeHidden();
});

test('a day with hundreds of entries shows 50 at a time, and more from that day on request', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  await app.session.requireVault().importEntries(
    Array.from({ length: 300 }, (_, i) =>
      withEntryDefaults({
        id: `busy${String(i).padStart(4, '0')}`,
        date: '2026-02-14',
        title: `Note ${String(i + 1)}`,
        content: { type: 'doc', content: [paragraph('A busy day.')] },
        createdAt: '2026-02-14T08:00:00.000Z',
        updatedAt: '2026-02-14T08:00:00.000Z',
        version: 1,
      }),
    ),
  );
  await seedEntries(page, [{ date: '2026-02-13', title: 'The day before', text: 'Quiet.' }]);
  await openJournalView(page, 'Timeline');

  const busy = page.getByRole('list', { name: /February 14|14 February/ });
  await expect(busy.getByRole('button')).toHaveCount(50);
  await expect(page.getByText('Showing 50 of 300 entries from this day')).toBeVisible();
  // The next day still shows, under the busy one.
  await expect(entryCard(page, /The day before/)).toBeVisible();
  await expectAccessible(page, 'timeline with a busy day');

  const more = page.getByRole('button', { name: /^Show 50 more from this day/ });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(busy.getByRole('button')).toHaveCount(100);
  await expect(page.getByText('Showing 100 of 300 entries from this day')).toBeVisible();
  for (let i = 0; i < 4; i += 1) await more.click();
  await expect(busy.getByRole('button')).toHaveCount(300);
  await expect(more).toBeHidden();
});

test('an untitled entry reads as its date and first line, and keeps no stored title', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await seedEntries(page, [{ date: '2026-03-05', title: '', text: 'Slept badly, woke at four.' }]);
  await openJournalView(page, 'Timeline');
  const card = entryCard(page, /Slept badly, woke at four\./);
  await expect(card.locator('.entry-card__title')).toHaveText(
    /^(Thu, 5 Mar|Thu, Mar 5) — Slept badly, woke at four\.$/,
  );

  await page.keyboard.press('Control+k');
  await page.keyboard.type('slept');
  const hit = searchDialog(page).getByRole('option').first();
  await expect(hit.locator('.search-hit__title')).toHaveText(/— Slept badly, woke at four\.$/);
  await page.keyboard.press('Enter');
  // The title field stays empty: the name is only shown, never written.
  await expect(titleField(page)).toHaveValue('');
});

test('the calendar is navigable by keyboard and opens a day in the timeline', async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  const today = todayLocal();
  const [y, m] = today.split('-').map(Number);
  const prev = new Date(y ?? 2026, (m ?? 1) - 2, 15);
  const prevDay = `${prev.getFullYear()}-${String(prev.getMonth() + 1).padStart(2, '0')}-15`;
  await seedEntries(page, [
    { date: prevDay, title: 'Mid-month', text: 'Halfway.', mood: 5 },
    { date: prevDay, title: 'Second', text: 'Again.' },
  ]);
  await openJournalView(page, 'Calendar');
  const grid = calendarGrid(page);
  const todayCell = grid.locator(`[data-date="${today}"]`);
  await expect(todayCell).toHaveAttribute('tabindex', '0');
  await todayCell.focus();
  await page.keyboard.press('PageUp');
  const monthName = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' }).format(
    prev,
  );
  await expect(page.getByRole('heading', { level: 2, name: monthName })).toBeVisible();
  // PageUp kept the day of the month; walk to the 15th by weeks, then by days.
  const diff =
    15 -
    Math.min(
      Number(today.slice(8)),
      new Date(prev.getFullYear(), prev.getMonth() + 1, 0).getDate(),
    );
  const weeks = Math.trunc(diff / 7);
  for (let i = 0; i < Math.abs(weeks); i += 1)
    await page.keyboard.press(weeks > 0 ? 'ArrowDown' : 'ArrowUp');
  const days = diff - weeks * 7;
  for (let i = 0; i < Math.abs(days); i += 1)
    await page.keyboard.press(days > 0 ? 'ArrowRight' : 'ArrowLeft');
  const cell = grid.locator(`[data-date="${prevDay}"]`);
  await expect(cell).toBeFocused();
  await expect(cell).toHaveAccessibleName(/2 entries, mood 5/);
  await expect(cell).toContainText('● 2');
  await expect(cell).toContainText('◆ 5');
  await page.keyboard.press('Enter');
  await expect(views(page).getByRole('button', { name: 'Timeline' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(entryCard(page, /Mid-month/)).toBeVisible();
  await expect(entryCard(page, /Second/)).toBeVisible();
});

test('trash: delete, restore, and delete forever after confirming', async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  await seedEntries(page, [
    { date: '2026-01-10', title: 'Keep me', text: 'One.' },
    { date: '2026-01-11', title: 'Lose me', text: 'Two.' },
    { date: '2026-01-12', title: '', text: 'No title on this one.' },
  ]);
  await openJournalView(page, 'Timeline');
  for (const name of ['Keep me', 'Lose me', 'No title on this one']) {
    await entryCard(page, new RegExp(name)).click();
    await button(page, 'Delete entry').click();
    const dialog = page.getByRole('dialog', { name: 'Delete this entry?' });
    await expect(dialog).toContainText('stays in the trash for 30 days');
    await dialog.getByRole('button', { name: 'Delete entry' }).click();
    await expect(heading(page, 'Journal')).toBeVisible();
  }
  await views(page).getByRole('button', { name: 'Trash' }).click();
  const trash = page.getByRole('list', { name: 'Entries in the trash' });
  await expect(trash.getByRole('listitem')).toHaveCount(3);
  await expect(trash).toContainText('30 days left');
  // An untitled entry is named as everywhere in the journal: its date and first line.
  await expect(trash.getByRole('listitem').filter({ hasText: 'No title' })).toContainText(
    /\b12\b.* — No title on this one\./,
  );

  await page.screenshot({ path: 'test-results/trash-untitled.png' });
  await button(page, 'Restore “Keep me”').click();
  await expect(trash.getByRole('listitem')).toHaveCount(2);
  for (const name of [/Lose me/, /— No title on this one\./]) {
    await page
      .getByRole('button', { name: new RegExp(`^Delete “.*${name.source}.*” forever$`) })
      .click();
    const confirm = page.getByRole('dialog', { name: 'Delete this entry forever?' });
    await expect(confirm).toContainText("It can't be restored");
    await confirm.getByRole('button', { name: 'Delete forever' }).click();
    await expect(confirm).toBeHidden();
  }
  await expect(page.getByText('The trash is empty.')).toBeVisible();

  await views(page).getByRole('button', { name: 'Timeline' }).click();
  await expect(entryCard(page, /Keep me/)).toBeVisible();
  await expect(entryCard(page, /Lose me/)).toBeHidden();
});

test('a new entry can start from a built-in prompt', async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  await goTo(page, 'Journal');
  await button(page, 'New entry from a prompt or template').click();
  const dialog = page.getByRole('dialog', { name: 'Start from a prompt or template' });
  await dialog.getByRole('button', { name: /What got in the way of my goal\?/ }).click();
  await expect(
    editor(page).getByRole('heading', { name: 'What got in the way of my goal?' }),
  ).toBeVisible();
});

test('"On this day" stays hidden until turned on in Settings', async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  const today = todayLocal();
  const lastYear = `${String(Number(today.slice(0, 4)) - 1)}${today.slice(4)}`;
  await seedEntries(page, [{ date: lastYear, title: 'A year ago', text: 'Back then.' }]);
  await openJournalView(page, 'Timeline');
  await expect(entryCard(page, /A year ago/)).toHaveCount(1);
  await expect(
    page.getByRole('list', { name: 'Entries from this day in earlier years' }),
  ).toHaveCount(0);

  await page.evaluate(async () => {
    type Api = Record<string, (input: unknown) => Promise<{ ok: boolean }>>;
    const api = (window as unknown as { waypoint: Api }).waypoint;
    await api['settings:set']?.({ onThisDay: true });
  });
  await goTo(page, 'Home');
  await openJournalView(page, 'Timeline');
  const earlier = page.getByRole('list', { name: 'Entries from this day in earlier years' });
  await expect(earlier.getByRole('button', { name: /A year ago/ })).toBeVisible();
});
