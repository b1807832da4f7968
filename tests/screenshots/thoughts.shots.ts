import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { addDays, localDay } from '../../shared/dates';
import { launchApp } from '../e2e/harness';
import { button, createJournal, goTo } from '../e2e/flows';
import { SAMPLE, next, rate, startNewRecord, writeRecord } from '../e2e/thoughtFlows';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');

test('thought record screenshots', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1100, height: 760 });
  const app = await launchApp({ page });
  const shot = async (name: string) => {
    await expect(page.getByText('Saving…')).toHaveCount(0);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: `${OUT}/thoughts-${name}.png`, animations: 'disabled' });
  };
  try {
    await createJournal(page);
    await goTo(page, 'Thought records');

    // A few earlier records, so the list and insights have something to show.
    const today = localDay(new Date());
    await writeRecord(page, { ...SAMPLE, date: addDays(today, -23) });
    await button(page, 'Back to thought records').click();
    await writeRecord(page, {
      ...SAMPLE,
      date: addDays(today, -16),
      situation: 'Sunday dinner; my brother joked about my job again.',
      emotions: [
        ['Angry', 65, 40],
        ['Hurt', 55, 45],
      ],
      thought: 'He thinks I have wasted my life.',
      belief: 70,
      customTrap: undefined,
      traps: ['Mind reading', 'Labelling'],
      beliefAfter: 45,
      tags: 'family',
    });
    await button(page, 'Back to thought records').click();
    await writeRecord(page, {
      ...SAMPLE,
      date: addDays(today, -3),
      situation: 'Monday stand-up at work; my manager asked about my update.',
      emotions: [
        ['Embarrassed', 70, 30],
        ['Anxious', 60, 35],
      ],
      thought: 'They all think I did nothing last week.',
      belief: 75,
      customTrap: undefined,
      traps: ['Mind reading', 'Mental filter'],
      beliefAfter: 35,
      tags: 'work',
    });
    await button(page, 'Back to thought records').click();

    // The flow: emotions with two ratings, then a later step with the hot thought in view.
    await startNewRecord(page);
    await page
      .getByLabel('What happened', { exact: true })
      .fill('Saturday evening, a friend did not answer my message all day.');
    await next(page, 'Emotions');
    await button(page, 'Lonely').click();
    await rate(page, 'Lonely — intensity', 70);
    await button(page, 'Hurt').click();
    await rate(page, 'Hurt — intensity', 45);
    await shot('flow-emotions');
    await next(page, 'Automatic thoughts');
    await button(page, 'Add a thought').click();
    await page.getByLabel('Thought 1', { exact: true }).fill('Nobody really wants me around.');
    await rate(page, 'Thought 1 — how much I believe it (%)', 80);
    await next(page, 'Thinking traps');
    await page.getByRole('checkbox', { name: 'Overgeneralisation', exact: true }).check();
    await page.getByText('Example').nth(1).click();
    await shot('flow-traps');
    await next(page, 'Evidence for');
    await next(page, 'Evidence against');
    await page
      .getByLabel('Evidence against the hot thought')
      .fill('She invited me to her birthday last month. She often replies the next morning.');
    await shot('flow-evidence');
    await button(page, 'Close').click();

    await page
      .getByRole('listitem')
      .getByRole('button', { name: /not good enough/ })
      .click();
    await expect(page.getByRole('article')).toBeVisible();
    await shot('record');
    await button(page, 'Back to thought records').click();
    await shot('list');
    await button(page, 'Insights').click();
    await expect(page.getByRole('heading', { level: 2, name: 'Insights' })).toBeVisible();
    await shot('insights');
  } finally {
    await app.close();
  }
});
