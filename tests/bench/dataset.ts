/**
 * One dataset, in its own Node process (so "RSS after unlock" is this dataset's alone):
 *   dataset.ts generate <id> <vaultDir> [--smoke]          builds the vault
 *   dataset.ts measure <id> <vaultDir> <out.json> [--smoke] measures it, writes DatasetFigures
 * Started by tests/bench/bench.ts; every figure goes through the real handler table.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from '@playwright/test';
import { JSONFile } from 'lowdb/node';
import { Low } from 'lowdb';
import type { Handlers } from '../../shared/contract';
import { withEntryDefaults, type Entry } from '../../shared/journal';
import { SUMMARY_SECTIONS, type SummaryOptions } from '../../shared/summary';
import { createHandlers } from '../../electron/core/handlers';
import { htmlToDoc } from '../../electron/core/import/htmlToDoc';
import { SearchIndex } from '../../electron/core/journal/searchIndex';
import type { Platform } from '../../electron/core/platform';
import { Session } from '../../electron/core/session';
import { EncryptedAdapter } from '../../electron/core/vault/encryptedAdapter';
import { derivePassphraseKey } from '../../electron/core/vault/kdf';
import { BENCH_KDF, BENCH_PASSPHRASE } from './benchVault';
import { stylesheetHrefFrom } from '../../electron/main/print';
import { printWithChromium } from '../support/chromiumPrint';
import { callOk } from '../support/handlerTable';
import { populateVault } from './populate';
import { DATASETS, stat, type DatasetFigures, type DatasetId, type Stat } from './stats';
import {
  PEPYS_QUERIES,
  isoDay,
  rng,
  syntheticDoc,
  syntheticEntries,
  syntheticQueries,
  type MentionTarget,
} from './synthetic';

const SYNTHETIC_END = '2026-11-25';
const ROOT = resolve(import.meta.dirname, '../..');
const PEPYS = resolve(ROOT, '../shared/data/pepys-diary.json');
const RENDERER_DIR = join(ROOT, 'dist/renderer');
const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/** The real diary, converted by the importer's own HTML-to-Tiptap code. */
function pepysEntries(): Entry[] {
  const data = JSON.parse(readFileSync(PEPYS, 'utf8')) as {
    entries: { date: string; html: string }[];
  };
  return data.entries.map((e, i) =>
    withEntryDefaults({
      id: `pepys${i.toString(36).padStart(5, '0')}`,
      date: e.date,
      title: '',
      content: htmlToDoc(e.html),
      createdAt: `${e.date}T21:00:00.000Z`,
      updatedAt: `${e.date}T21:00:00.000Z`,
      version: 1,
    }),
  );
}

function lastDay(id: DatasetId): string {
  if (id !== 'pepys') return SYNTHETIC_END;
  const data = JSON.parse(readFileSync(PEPYS, 'utf8')) as { entries: { date: string }[] };
  return (
    data.entries
      .map((e) => e.date)
      .sort()
      .at(-1) ?? SYNTHETIC_END
  );
}

/** A clock pinned to noon the day after the data ends, so "the last 8 weeks" hold data. */
function clockFor(end: string): () => Date {
  const now = new Date(`${isoDay(new Date(`${end}T00:00:00Z`), 1)}T12:00:00Z`);
  return () => now;
}

function openSession(dir: string, end: string): { session: Session; handlers: Handlers } {
  const session = new Session({ dataDir: dir, kdf: BENCH_KDF, now: clockFor(end) });
  return { session, handlers: createHandlers(session, benchPlatform) };
}

// ------------------------------------------------------------------ generate

async function generate(id: DatasetId, dir: string, smoke: boolean): Promise<void> {
  const end = lastDay(id);
  // The structured data depends only on the end date: made once, then copied (same key).
  const template = join(dir, '../..', `template-${end}`);
  const targetsFile = join(template, 'targets.json');
  if (!existsSync(targetsFile)) {
    const made = openSession(join(template, 'vault'), end);
    await callOk(made.handlers, 'vault:create', { passphrase: BENCH_PASSPHRASE });
    const madeTargets = await populateVault(made.handlers, { end, scale: smoke ? 0.1 : 1 });
    await made.session.lock();
    await writeFile(targetsFile, JSON.stringify(madeTargets));
  }
  await cp(join(template, 'vault'), dir, { recursive: true });
  const targets = JSON.parse(await readFile(targetsFile, 'utf8')) as MentionTarget[];
  const { session, handlers } = openSession(dir, end);
  await callOk(handlers, 'vault:unlock', { passphrase: BENCH_PASSPHRASE });
  const spec = DATASETS[id];
  const entries =
    id === 'pepys' ? pepysEntries() : syntheticEntries(spec.entries, spec.years, { end, targets });
  await session.requireVault().importEntries(entries);
  await session.lock();
  await writeFile(
    join(dir, '..', 'meta.json'),
    JSON.stringify({ end, jsonMB: Buffer.byteLength(JSON.stringify(entries)) / 1e6 }),
  );
}

// ------------------------------------------------------------------ measure

/** PDF printing: Playwright's Chromium stands in for Electron's printToPDF (same engine). */
let browser: Browser | null = null;
let pdfPages = 0;
const pdfDir = mkdtemp(join(tmpdir(), 'waypoint-bench-pdf-'));
const benchPlatform: Platform = {
  version: 'bench',
  saveFile: async (name, data) => {
    const path = join(await pdfDir, name);
    await writeFile(path, data);
    return path;
  },
  printToPdf: async (html, { pageSize, title }) => {
    // Imported only here, after the memory figures: Playwright's modules alone are ~90 MB of
    // RSS, which Electron's main process never loads.
    const { chromium } = await import('@playwright/test');
    browser ??= await chromium.launch({
      ...(CHROMIUM ? { executablePath: CHROMIUM } : {}),
      args: ['--no-sandbox', '--disable-gpu'],
    });
    const origin = 'http://127.0.0.1:1';
    const index = join(RENDERER_DIR, 'index.html');
    const css = existsSync(index) ? stylesheetHrefFrom(readFileSync(index, 'utf8'), origin) : null;
    const pdf = await printWithChromium(browser, html, {
      origin,
      stylesheetHref: css,
      pageSize,
      title,
      asset: (url) => {
        const file = join(RENDERER_DIR, new URL(url).pathname);
        if (!file.startsWith(RENDERER_DIR) || !existsSync(file)) return undefined;
        return { body: readFileSync(file), contentType: 'text/css' };
      },
    });
    pdfPages = (
      Buffer.from(pdf)
        .toString('latin1')
        .match(/\/Type\s*\/Page[^s]/g) ?? []
    ).length;
    return pdf;
  },
};

async function kdfMs(runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await derivePassphraseKey(BENCH_PASSPHRASE, Buffer.alloc(16, i), BENCH_KDF);
    times.push(performance.now() - start);
  }
  return stat(times).median;
}

/** Main-thread (event-loop active) time and wall time of `fn`. */
async function timed(fn: () => Promise<unknown>): Promise<{ main: number; total: number }> {
  const elu = performance.eventLoopUtilization();
  const start = performance.now();
  await fn();
  const total = performance.now() - start;
  return { main: performance.eventLoopUtilization(elu).active, total };
}

/** What Home asks for right after unlock. */
async function firstScreen(handlers: Handlers): Promise<void> {
  await Promise.all([
    callOk(handlers, 'journal:list', {}),
    callOk(handlers, 'goals:list', {}),
    callOk(handlers, 'plans:list', {}),
    callOk(handlers, 'checkins:list', {}),
    callOk(handlers, 'sessions:list', {}),
    callOk(handlers, 'agenda:list', {}),
  ]);
}

/** The baseline: the same data as one lowdb file, rewritten whole on every save. */
async function wholeFileSaves(
  session: Session,
  saves: number,
): Promise<DatasetFigures['wholeFileSave']> {
  const base = await mkdtemp(join(tmpdir(), 'waypoint-bench-whole-'));
  try {
    const vault = session.requireVault();
    const data = {
      entries: vault.listEntries(),
      records: Object.fromEntries(
        ['goals', 'thoughts', 'plans', 'checkins', 'measures', 'sessions', 'agenda'].map((t) => [
          t,
          vault.getRecords(t),
        ]),
      ),
    };
    const key = Buffer.alloc(32, 7);
    const dbs = {
      plain: new Low(new JSONFile<typeof data>(join(base, 'journal.json')), data),
      encrypted: new Low(
        new EncryptedAdapter<typeof data>(base, 'journal.enc', 'bench', () => ({
          dek: key,
          keyVersion: 1,
        })),
        data,
      ),
    };
    const random = rng(11);
    const out = {} as DatasetFigures['wholeFileSave'];
    for (const [name, db] of Object.entries(dbs) as [keyof typeof dbs, Low<typeof data>][]) {
      await db.write();
      const main: number[] = [];
      const total: number[] = [];
      for (let i = 0; i < saves; i += 1) {
        const entry = data.entries[data.entries.length - 1 - (i % 30)];
        if (entry)
          data.entries[data.entries.indexOf(entry)] = { ...entry, content: syntheticDoc(random) };
        const t = await timed(() => db.write());
        main.push(t.main);
        total.push(t.total);
      }
      out[name] = { main: stat(main), total: stat(total) };
    }
    return out;
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}

async function measure(id: DatasetId, dir: string, outFile: string, smoke: boolean) {
  const meta = JSON.parse(await readFile(join(dir, '..', 'meta.json'), 'utf8')) as {
    end: string;
    jsonMB: number;
  };
  const reps = {
    opens: smoke ? 2 : 7,
    saves: smoke ? 10 : 200,
    searchRounds: smoke ? 1 : 20,
    builds: smoke ? 1 : 3,
    summaries: smoke ? 1 : 5,
    wholeFile: smoke ? 2 : id === '20000' ? 10 : 30,
  };
  const cheapKdfMs = await kdfMs(5);
  const queries = id === 'pepys' ? PEPYS_QUERIES : syntheticQueries();
  const warmQuery = queries['one word'][0] ?? 'the';

  // Unlock: to the first screen (Home's queries answered), to fully loaded (search answers).
  const first: number[] = [];
  const full: number[] = [];
  const ready: number[] = [];
  gc();
  // The fixed cost before any journal is open: Node, tsx compiling the sources, the modules.
  const rssBeforeMB = process.memoryUsage().rss / 1e6;
  let rssMB = 0;
  let heapMB = 0;
  let open: { session: Session; handlers: Handlers } | null = null;
  for (let i = 0; i < reps.opens; i += 1) {
    gc();
    const { session, handlers } = openSession(dir, meta.end);
    const t0 = performance.now();
    await callOk(handlers, 'vault:unlock', { passphrase: BENCH_PASSPHRASE });
    const t1 = performance.now();
    await firstScreen(handlers);
    const t2 = performance.now();
    await callOk(handlers, 'search:query', { q: warmQuery, limit: 30 });
    const t3 = performance.now();
    first.push(t2 - t0 - cheapKdfMs);
    full.push(t3 - t0 - cheapKdfMs);
    ready.push(t3 - t1);
    if (i === 0) {
      gc();
      rssMB = process.memoryUsage().rss / 1e6;
      heapMB = process.memoryUsage().heapUsed / 1e6;
    }
    if (i < reps.opens - 1) await session.lock();
    else open = { session, handlers };
  }
  if (!open) throw new Error('no unlock ran');
  const { session, handlers } = open;

  // Single-entry autosave through journal:save (JSON, encryption, index update, fsync).
  const random = rng(7);
  const recent = (await callOk(handlers, 'journal:list', {})).slice(0, 30);
  const saveMain: number[] = [];
  const saveTotal: number[] = [];
  for (let i = 0; i < reps.saves; i += 1) {
    const target = recent[i % recent.length];
    if (!target) break;
    const content = syntheticDoc(random);
    const t = await timed(() => callOk(handlers, 'journal:save', { id: target.id, content }));
    saveMain.push(t.main);
    saveTotal.push(t.total);
  }

  // Search latency per kind of query, through search:query.
  const search: Record<string, Stat> = {};
  for (const [kind, list] of Object.entries(queries)) {
    const times: number[] = [];
    for (let round = 0; round < reps.searchRounds; round += 1) {
      for (const q of list) {
        const start = performance.now();
        await callOk(handlers, 'search:query', { q, limit: 30 });
        times.push(performance.now() - start);
      }
    }
    search[kind] = stat(times);
  }

  // Index build from scratch: time and retained memory.
  const entries = session.requireVault().listEntries();
  const builds: number[] = [];
  let indexMemoryMB = 0;
  // The postings are typed arrays: their bytes count in arrayBuffers, not in the JS heap.
  // Freed array buffers are released by a sweeper some time after a collection: settle first.
  const retained = async () => {
    let last = -1;
    for (let k = 0; k < 20; k += 1) {
      gc();
      await new Promise((resolve) => setTimeout(resolve, 100));
      const { arrayBuffers } = process.memoryUsage();
      if (arrayBuffers === last) break;
      last = arrayBuffers;
    }
    const memory = process.memoryUsage();
    return memory.heapUsed + memory.arrayBuffers;
  };
  for (let i = 0; i < reps.builds; i += 1) {
    const before = await retained();
    const index = new SearchIndex();
    const start = performance.now();
    await index.build(entries);
    builds.push(performance.now() - start);
    indexMemoryMB = ((await retained()) - before) / 1e6;
    index.dispose();
  }

  // The 8-week pre-session summary: the HTML (summary:build) and the PDF (summary:export).
  const to = isoDay(new Date(`${meta.end}T00:00:00Z`), 1);
  const thoughts = await callOk(handlers, 'thoughts:list', {});
  const from = isoDay(new Date(`${to}T00:00:00Z`), -55);
  const options: SummaryOptions = {
    from,
    to,
    sections: Object.fromEntries(SUMMARY_SECTIONS.map((section) => [section, true])),
    entries: session
      .listEntries()
      .filter((e) => e.shareWithTherapist && e.date >= from && e.date <= to)
      .slice(0, 20)
      .map((e) => ({ entryId: e.id, mode: 'full' as const })),
    thoughtRecordIds: thoughts
      .filter((r) => r.date >= from)
      .slice(0, 3)
      .map((r) => r.id),
  };
  const html: number[] = [];
  const pdf: number[] = [];
  for (let i = 0; i < reps.summaries; i += 1) {
    let start = performance.now();
    await callOk(handlers, 'summary:build', options);
    html.push(performance.now() - start);
    start = performance.now();
    await callOk(handlers, 'summary:export', { options, format: 'pdf', pageSize: 'A4' });
    pdf.push(performance.now() - start);
  }

  const wholeFileSave = await wholeFileSaves(session, reps.wholeFile);
  await session.lock();
  await browser?.close();
  await rm(await pdfDir, { recursive: true, force: true });

  const figures: DatasetFigures = {
    id,
    entries: entries.length,
    jsonMB: meta.jsonMB,
    cheapKdfMs,
    firstScreen: stat(first),
    fullyLoaded: stat(full),
    indexReady: stat(ready),
    rssBeforeUnlockMB: rssBeforeMB,
    rssAfterUnlockMB: rssMB,
    heapAfterUnlockMB: heapMB,
    saveMain: stat(saveMain),
    saveTotal: stat(saveTotal),
    search,
    indexBuild: stat(builds),
    indexMemoryMB,
    summaryHtml: stat(html),
    summaryPdf: stat(pdf),
    summaryPdfPages: pdfPages,
    wholeFileSave,
  };
  await writeFile(outFile, JSON.stringify(figures, null, 2));
}

const [mode, id, dir, out] = process.argv.slice(2);
const smoke = process.argv.includes('--smoke');
if (!id || !(id in DATASETS) || !dir)
  throw new Error('usage: dataset.ts generate|measure <id> <dir> [out]');
if (mode === 'generate') await generate(id as DatasetId, dir, smoke);
else if (mode === 'measure' && out) await measure(id as DatasetId, dir, out, smoke);
else throw new Error(`unknown mode ${mode ?? ''}`);
