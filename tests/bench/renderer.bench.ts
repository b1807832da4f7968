/**
 * The renderer half of `npm run bench`: the built app in Chromium through the e2e harness
 * (real IPC registration, real handler table, the real vault bench.ts generated), measuring
 * what a person feels. Started by bench.ts with WAYPOINT_BENCH_VAULT / WAYPOINT_BENCH_OUT;
 * run only through tests/bench/playwright.bench.config.ts, never by `npm test`.
 */
import { writeFile } from 'node:fs/promises';
import { test, type Page } from '@playwright/test';
import { launchApp } from '../e2e/harness';
import { button, editor, heading } from '../e2e/flows';
import { searchDialog } from '../e2e/journalFlows';
import { BENCH_KDF, BENCH_PASSPHRASE } from './benchVault';
import { stat, type RendererFigures } from './stats';
import { syntheticQueries } from './synthetic';

const vaultDir = process.env.WAYPOINT_BENCH_VAULT ?? '';
const outFile = process.env.WAYPOINT_BENCH_OUT ?? '';
const smoke = process.env.WAYPOINT_BENCH_SMOKE === '1';
const reps = { unlocks: smoke ? 1 : 5, queryRounds: smoke ? 1 : 3, keystrokes: smoke ? 20 : 150 };

type QuietWindow = Window & { __afterKeyQuiet?: Promise<number> };

/**
 * Arms a watcher for the next keydown: the time from it to the last DOM change it caused,
 * painted (read with `readAfterKeyQuiet` once the key was pressed).
 */
async function armAfterKeyQuiet(page: Page, quietMs = 600): Promise<void> {
  await page.evaluate((quiet) => {
    (window as QuietWindow).__afterKeyQuiet = new Promise<number>((resolve) => {
      let t0 = -1;
      let last = -1;
      let timer = 0;
      const finish = () => {
        observer.disconnect();
        resolve(last < 0 ? NaN : last - t0);
      };
      const observer = new MutationObserver(() => {
        if (t0 < 0) return;
        requestAnimationFrame(() => {
          last = performance.now();
        });
        clearTimeout(timer);
        timer = window.setTimeout(finish, quiet);
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      window.addEventListener(
        'keydown',
        (event) => {
          t0 = event.timeStamp;
          timer = window.setTimeout(finish, quiet * 5);
        },
        { capture: true, once: true },
      );
    });
  }, quietMs);
}

function readAfterKeyQuiet(page: Page): Promise<number> {
  return page.evaluate(() => (window as QuietWindow).__afterKeyQuiet ?? NaN);
}

/** The newest entry's card in the journal timeline. */
const timelineCard = (page: Page) =>
  page.getByRole('main').getByRole('listitem').getByRole('button').first();

async function measureUnlock(page: Page): Promise<{ home: number; timeline: number }> {
  await heading(page, 'Welcome back').waitFor();
  await page.getByLabel('Passphrase', { exact: true }).fill(BENCH_PASSPHRASE);
  const start = Date.now();
  await button(page, 'Unlock').click();
  await heading(page, 'Home').waitFor();
  const home = Date.now() - start;
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Journal', exact: true })
    .click();
  await timelineCard(page).waitFor();
  return { home, timeline: Date.now() - start };
}

async function jsHeap(page: Page): Promise<{ used: number; total: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  await cdp.detach();
  return { used: value('JSHeapUsedSize') / 1e6, total: value('JSHeapTotalSize') / 1e6 };
}

test('renderer figures on the benchmark vault', async ({ page }) => {
  test.skip(!vaultDir || !outFile, 'run through npm run bench');
  const app = await launchApp({ page, dataDir: vaultDir, kdf: BENCH_KDF });
  try {
    // Unlock to Home, and on to the journal timeline showing its cards.
    const home: number[] = [];
    const timeline: number[] = [];
    let heap = { used: NaN, total: NaN };
    for (let i = 0; i < reps.unlocks; i += 1) {
      const t = await measureUnlock(page);
      home.push(t.home);
      timeline.push(t.timeline);
      if (i === 0) heap = await jsHeap(page);
      if (i < reps.unlocks - 1) await button(page, 'Lock').click();
    }

    // Search as you type: last keystroke of a word → results painted (includes the debounce).
    await page.keyboard.press('Control+k');
    const input = searchDialog(page).getByRole('combobox', { name: 'Search entries' });
    await input.waitFor();
    const oneWord = syntheticQueries()['one word'];
    const words = oneWord.filter((w) => w.length >= 3).slice(0, smoke ? 3 : undefined);
    await page.keyboard.type(words[0] ?? 'the');
    await searchDialog(page)
      .getByRole('status')
      .filter({ hasText: /found|matches/ })
      .waitFor({ timeout: 600_000 });
    const searches: number[] = [];
    for (let round = 0; round < reps.queryRounds; round += 1) {
      for (const word of words) {
        await input.fill('');
        await page.keyboard.type(word.slice(0, -1));
        await armAfterKeyQuiet(page);
        await page.keyboard.type(word.slice(-1));
        searches.push(await readAfterKeyQuiet(page));
      }
    }
    await page.keyboard.press('Escape');

    // Keystroke to paint in the editor of the newest entry, typing at ~16 characters a second.
    await timelineCard(page).click();
    const box = editor(page);
    await box.click();
    await page.keyboard.press('Control+End');
    await page.evaluate(() => {
      const times: number[] = [];
      (window as unknown as { __keyToPaint: number[] }).__keyToPaint = times;
      document.addEventListener(
        'keydown',
        (event) => {
          const t0 = event.timeStamp;
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => times.push(performance.now() - t0);
            channel.port2.postMessage(null);
          });
        },
        { capture: true },
      );
    });
    const sample = ' and then I walked home slowly thinking about what she said';
    let typed = '';
    while (typed.length < reps.keystrokes) typed += sample;
    await page.keyboard.type(typed.slice(0, reps.keystrokes), { delay: 60 });
    const keyToPaint = await page.evaluate(
      () => (window as unknown as { __keyToPaint: number[] }).__keyToPaint,
    );

    const figures: RendererFigures = {
      entries: app.session.listEntries().length,
      unlockToHome: stat(home),
      unlockToTimeline: stat(timeline),
      searchAsYouType: stat(searches.filter((n) => !Number.isNaN(n))),
      keystrokeToPaint: stat(keyToPaint),
      jsHeapUsedMB: heap.used,
      jsHeapTotalMB: heap.total,
    };
    await writeFile(outFile, JSON.stringify(figures, null, 2));
  } finally {
    await app.close();
  }
});
