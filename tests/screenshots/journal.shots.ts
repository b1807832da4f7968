import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { seedGoal } from '../e2e/goalFlows';
import { createJournal, editor, expectSaved, lock, typeInEditor, unlock } from '../e2e/flows';
import { launchApp } from '../e2e/harness';
import { calendarGrid, openJournalView, searchDialog, seedEntries } from '../e2e/journalFlows';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');

/** A few weeks of someone's journal, written in their own plain words. */
const ENTRIES = [
  {
    date: '2026-11-25',
    title: 'Before Thursday',
    text: 'Slept badly, but the walk after work helped more than I expected. I want to bring up the tram.',
    tags: ['sleep', 'session'],
    mood: 6,
    pinned: true,
  },
  {
    date: '2026-11-25',
    title: 'Lunch break',
    text: 'Ate outside for once. Noticed the thought that they must be angry with me, and let it pass.',
    tags: ['work'],
    mood: 7,
  },
  {
    date: '2026-11-24',
    title: 'Tram again',
    text: 'Chest tight on the tram. Tried the paced breathing for two stops; it took the edge off.',
    tags: ['anxiety', 'tram'],
    mood: 4,
  },
  {
    date: '2026-11-22',
    title: 'Saturday walk',
    text: 'Long walk by the river with Sam. Talked about Zürich and the year we lived there.',
    tags: ['walking'],
    mood: 8,
  },
  {
    date: '2026-11-20',
    title: '',
    text: 'Short one. Tired, went to bed early. That is allowed.',
    tags: ['sleep'],
    mood: 5,
  },
  {
    date: '2026-11-18',
    title: 'What went well today?',
    text: 'Said no to the extra project without apologising three times.',
    tags: ['work'],
    mood: 7,
  },
  {
    date: '2026-11-14',
    title: 'Hard day',
    text: 'Everything felt heavy. Wrote the thought down instead of arguing with it.',
    tags: ['anxiety'],
    mood: 3,
  },
  {
    date: '2026-11-10',
    title: 'Walk after work',
    text: 'Third walk this week. Small steps, and they count.',
    tags: ['walking'],
    mood: 7,
  },
  {
    date: '2026-11-05',
    title: 'New notebook',
    text: 'Starting to write things down between sessions.',
    mood: 6,
  },
];

test('journal screenshots: timeline, calendar and search', async ({ page }) => {
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.clock.setFixedTime(new Date(2026, 10, 25, 18, 30));
  const app = await launchApp({ page });
  try {
    await createJournal(page);
    await seedEntries(page, ENTRIES);

    await openJournalView(page, 'Timeline');
    await expect(page.getByRole('button', { name: /Before Thursday/ })).toBeVisible();
    await page.screenshot({ path: `${OUT}/journal-timeline.png`, animations: 'disabled' });

    await openJournalView(page, 'Calendar');
    await expect(calendarGrid(page)).toBeVisible();
    await calendarGrid(page).locator('[data-date="2026-11-24"]').focus();
    await page.screenshot({ path: `${OUT}/journal-calendar.png`, animations: 'disabled' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${OUT}/journal-cal-dark.png`, animations: 'disabled' });
    await page.emulateMedia({ colorScheme: 'light' });

    await openJournalView(page, 'Timeline');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('walk');
    await expect(searchDialog(page).getByRole('option')).toHaveCount(3);
    await page.keyboard.press('ArrowDown');
    await page.screenshot({ path: `${OUT}/journal-search.png`, animations: 'disabled' });
    await page.keyboard.press('Enter');
    await expect(editor(page)).toBeVisible();

    // An entry with a link chip, tags and mood: the details under the text.
    await seedGoal(app, { title: 'Walk after work, 3 times a week' }, 0);
    await lock(page);
    await unlock(page);
    await openJournalView(page, 'Timeline');
    await page.getByRole('button', { name: /Before Thursday/ }).click();
    await typeInEditor(page, ' It counts towards ');
    await page.keyboard.type('@walk');
    await page.keyboard.press('Enter');
    await expect(editor(page).locator('.mention')).toHaveCount(1);
    await expectSaved(page);
    await page.getByRole('region', { name: 'Linked' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/journal-entry-links.png`, animations: 'disabled' });
  } finally {
    await app.close();
  }
});
