import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { addDays, localDay } from '../../shared/dates';
import { button, createJournal, goTo } from '../e2e/flows';
import { launchApp } from '../e2e/harness';
import { SHARED_PHRASE, api, seedSummaryData } from '../e2e/sessionFlows';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');

/** The summary builder, its preview, and the first page of the saved PDF (via pdftoppm). */
test('summary builder, preview and PDF', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1100, height: 900 });
  const app = await launchApp({ page });
  try {
    await createJournal(page);
    await seedSummaryData(page);
    const today = localDay(new Date());
    for (const [day, mood] of [
      [-13, 5],
      [-11, 4],
      [-8, 5],
      [-7, 6],
      [-4, 6],
      [-1, 7],
    ] as const)
      await api(page, 'checkins:save', { date: addDays(today, day), mood, emotions: ['calm'] });
    await api(page, 'agenda:add', {
      text: 'How to keep the evening walks going in winter',
      source: 'home',
      sourceId: null,
    });
    await goTo(page, 'Sessions & summary');
    const preview = page.getByTestId('summary-preview');
    await expect(preview).toContainText(SHARED_PHRASE);
    await page.getByLabel(/^What to share from .* Canal walk$/).selectOption('excerpt');
    await page.getByLabel(/^Excerpt from .* Canal walk$/).fill(`I saw ${SHARED_PHRASE}.`);
    await page
      .getByRole('group', { name: 'Thought records to show in full' })
      .getByRole('checkbox')
      .first()
      .check();

    // The whole page at once (no scrolling), so the sticky top bar covers neither element.
    await page.setViewportSize({ width: 1100, height: 3000 });
    await page.evaluate(() => {
      window.scrollTo(0, 0);
    });
    for (const [name, element] of [
      ['summary-builder.png', page.getByRole('region', { name: 'Prepare a summary' })],
      ['summary-preview.png', preview],
    ] as const) {
      const clip = await element.boundingBox();
      if (!clip) throw new Error(`${name}: not on screen`);
      await page.screenshot({ path: join(OUT, name), fullPage: true, clip });
    }
    await page.setViewportSize({ width: 1100, height: 900 });

    await button(page, 'Save as PDF').click();
    await expect(page.getByRole('status').getByText(/^Saved to /)).toBeVisible({
      timeout: 60_000,
    });
    const pdf = app.savedFiles.find((p) => p.endsWith('.pdf')) ?? '';
    const dir = mkdtempSync(join(tmpdir(), 'waypoint-shot-'));
    try {
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '80',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        pdf,
        join(dir, 'page'),
      ]);
      renameSync(join(dir, 'page.png'), join(OUT, 'summary-pdf.png'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    await app.close();
  }
});
