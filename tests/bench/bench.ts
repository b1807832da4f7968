/**
 * `npm run bench`: measures the vault against ARCHITECTURE.md's budget on deterministic
 * synthetic journals (1 year, 10 years, 20,000 entries) and on the real Pepys diary, and
 * writes the table to docs/benchmarks.md. Numbers come from here, never from timed tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { withEntryDefaults, type Entry } from '../../shared/journal';
import { htmlToDoc } from '../../electron/core/import/htmlToDoc';
import { SearchIndex } from '../../electron/core/journal/searchIndex';
import { APP_KDF, derivePassphraseKey, type ScryptParams } from '../../electron/core/vault/kdf';
import { Vault } from '../../electron/core/vault/vault';
import { rng, syntheticDoc, syntheticEntries } from './synthetic';

const CHEAP_KDF: ScryptParams = { name: 'scrypt', N: 2 ** 10, r: 8, p: 1 };
const PASSPHRASE = 'benchmark passphrase';
const quick = process.argv.includes('--quick');
const SAVES = quick ? 30 : 200;
const OPENS = quick ? 3 : 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? NaN;
}
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(0));

async function timeKdf(params: ScryptParams, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await derivePassphraseKey(PASSPHRASE, Buffer.alloc(16, i), params);
    times.push(performance.now() - start);
  }
  return median(times);
}

function pepysEntries(): Entry[] | null {
  const path = resolve(import.meta.dirname, '../../../shared/data/pepys-diary.json');
  if (!existsSync(path)) return null;
  const data = JSON.parse(readFileSync(path, 'utf8')) as {
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

interface Row {
  name: string;
  entries: number;
  jsonMB: number;
  unlockMs: number;
  saveP50: number;
  saveP95: number;
  saveWallP50: number;
  heapMB: number;
  indexMs: number;
  searchP50: number;
  searchP95: number;
}

/** Queries of the three kinds in the budget: one word, two words, a prefix. */
const QUERIES = [
  'walked',
  'sister coffee',
  'anx',
  'therapist',
  'morning garden',
  'tomorr',
  'wife',
  'office dined',
];

async function measureSearch(
  entries: Entry[],
): Promise<{ indexMs: number; p50: number; p95: number }> {
  const index = new SearchIndex();
  const start = performance.now();
  await index.build(entries);
  const indexMs = performance.now() - start;
  const times: number[] = [];
  const rounds = quick ? 5 : 25;
  for (let round = 0; round < rounds; round += 1) {
    for (const query of QUERIES) {
      const t = performance.now();
      index.search(query, 30);
      times.push(performance.now() - t);
    }
  }
  index.dispose();
  return { indexMs, p50: median(times), p95: p95(times) };
}

async function measure(name: string, entries: Entry[], cheapKdfMs: number): Promise<Row> {
  const base = await mkdtemp(join(tmpdir(), 'waypoint-bench-'));
  const dir = join(base, 'vault');
  try {
    const { vault } = await Vault.create(dir, PASSPHRASE, { kdf: CHEAP_KDF });
    await vault.importEntries(entries);
    await vault.close();

    const opens: number[] = [];
    let heapMB = 0;
    for (let i = 0; i < OPENS; i += 1) {
      global.gc?.();
      const start = performance.now();
      const opened = await Vault.open(dir, PASSPHRASE, { kdf: CHEAP_KDF });
      opens.push(performance.now() - start - cheapKdfMs);
      heapMB = process.memoryUsage().heapUsed / 1e6;
      await opened.close();
    }

    // Single-entry autosave: main-thread (event-loop active) time, and wall time with fsync.
    const open = await Vault.open(dir, PASSPHRASE, { kdf: CHEAP_KDF });
    const random = rng(7);
    const recent = open.listEntries().slice(0, 30);
    const busy: number[] = [];
    const wall: number[] = [];
    for (let i = 0; i < SAVES; i += 1) {
      const target = recent[i % recent.length];
      if (!target) break;
      const content = syntheticDoc(random);
      const elu = performance.eventLoopUtilization();
      const start = performance.now();
      await open.saveEntry({ id: target.id, content });
      wall.push(performance.now() - start);
      busy.push(performance.eventLoopUtilization(elu).active);
    }
    const search = await measureSearch(open.listEntries());
    await open.close();
    return {
      indexMs: search.indexMs,
      searchP50: search.p50,
      searchP95: search.p95,
      name,
      entries: entries.length,
      jsonMB: Buffer.byteLength(JSON.stringify(entries)) / 1e6,
      unlockMs: median(opens),
      saveP50: median(busy),
      saveP95: p95(busy),
      saveWallP50: median(wall),
      heapMB,
    };
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(
    `Waypoint benchmark — ${cpus().length} cores, Node ${process.version}${quick ? ' (quick)' : ''}`,
  );
  const appKdfMs = await timeKdf(APP_KDF, quick ? 1 : 3);
  const cheapKdfMs = await timeKdf(CHEAP_KDF, 5);
  console.log(`KDF (scrypt N=2^17, r=8, p=1): ${ms(appKdfMs)} ms`);

  const sets: [string, () => Entry[] | null][] = [
    ['1 year (365)', () => syntheticEntries(365, 1)],
    ['10 years (3,650)', () => syntheticEntries(3650, 10)],
    ['heavy (20,000)', () => syntheticEntries(20_000, 10)],
    ['Pepys diary (3,413, real)', pepysEntries],
  ];
  const rows: Row[] = [];
  for (const [name, make] of sets) {
    const entries = make();
    if (!entries) {
      console.log(`${name}: skipped (../shared/data not found)`);
      continue;
    }
    const row = await measure(name, entries, cheapKdfMs);
    rows.push(row);
    console.log(
      `${name}: unlock ${ms(row.unlockMs)} ms beyond KDF, save main-thread p50 ${ms(row.saveP50)} / p95 ${ms(row.saveP95)} ms`,
    );
  }
  const one = rows.find((r) => r.entries === 365);
  const ten = rows.find((r) => r.entries === 3650);
  const ratio = one && ten ? ten.saveP50 / one.saveP50 : NaN;

  const table = [
    '| journal | entries | JSON | unlock beyond KDF (median) | single-entry save, main thread p50 / p95 | save incl. fsync (p50) | search p50 / p95 | index build | heap after unlock |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.entries.toLocaleString('en')} | ${r.jsonMB.toFixed(1)} MB | ${ms(r.unlockMs)} ms | ${ms(r.saveP50)} / ${ms(r.saveP95)} ms | ${ms(r.saveWallP50)} ms | ${ms(r.searchP50)} / ${ms(r.searchP95)} ms | ${ms(r.indexMs)} ms | ${r.heapMB.toFixed(0)} MB |`,
    ),
  ].join('\n');
  const report = `# Benchmarks

Made by \`npm run bench\` (tests/bench/bench.ts) on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores, Node ${process.version}.
Synthetic journals are deterministic (seeded); the Pepys diary is real text from \`../shared/data\`.

- Key derivation (scrypt N=2^17, r=8, p=1), the fixed cost of every unlock: **${ms(appKdfMs)} ms**.
- Save size independence, save(3,650) / save(365) at equal density: **${ratio.toFixed(2)}** (budget ≤ 1.5).

${table}

"Main thread" is event-loop active time during the save (JSON, encryption, scheduling); the
fsync-bound part runs on libuv's thread pool. Unlock reads every shard today; loading recent
months first is future work (issue "Performance"). Heap is this Node process only, not Electron's
main + renderer.
`;
  console.log(`\n${table}\n\nsave(3,650)/save(365) = ${ratio.toFixed(2)}`);
  if (!quick) await writeFile(resolve(import.meta.dirname, '../../docs/benchmarks.md'), report);
}

await main();
