/**
 * `npm run bench`: measures Waypoint against ARCHITECTURE.md's performance budget on
 * deterministic synthetic vaults (1 year, 10 years, 20,000 entries) and the real Pepys diary,
 * then in the built renderer (Playwright) on the largest vault, and writes docs/benchmarks.md.
 * Each dataset is generated and measured in its own process (tests/bench/dataset.ts).
 *
 *   npm run bench                full run, writes docs/benchmarks.md
 *   npm run bench -- --smoke     the 1-year vault, few repetitions: proves the bench works
 *                                (CI); prints, writes nothing, asserts no timing
 *   --no-renderer                skip the Playwright half;  --no-build  use dist/ as it is
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { APP_KDF, derivePassphraseKey } from '../../electron/core/vault/kdf';
import {
  DATASETS,
  fmt,
  stat,
  type DatasetFigures,
  type DatasetId,
  type RendererFigures,
  type Stat,
} from './stats';

const ROOT = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const withRenderer = !args.includes('--no-renderer');

function run(command: string, argv: string[], env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(command, argv, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    throw new Error(`${[command, ...argv].join(' ')} failed (exit ${String(result.status)})`);
  }
}

function node(script: string, argv: string[]): void {
  run(process.execPath, [
    '--expose-gc',
    '--import',
    'tsx',
    join(import.meta.dirname, script),
    ...argv,
  ]);
}

async function appKdf(runs: number): Promise<Stat> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await derivePassphraseKey('benchmark', Buffer.alloc(16, i), APP_KDF);
    times.push(performance.now() - start);
  }
  return stat(times);
}

function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${process.platform}`;
}

// ------------------------------------------------------------------ the report

type Targets = [number, number, number] | null;
interface Row {
  label: string;
  /** The README headline's label. */
  short?: string;
  cell: (f: DatasetFigures) => string;
  /** The value judged against the target, per synthetic size. */
  judged?: (f: DatasetFigures) => number;
  targets?: Targets;
  unit?: string;
}

const ms = (s: Stat) => `${fmt(s.median)} (${fmt(s.p95)})`;
const p95First = (s: Stat) => `${fmt(s.p95)} (${fmt(s.median)})`;

/**
 * `rendererHeapMB`: the renderer's JS heap on the largest journal, added to each size's main
 * RSS for the memory budget (an upper bound for the smaller journals, whose renderer holds less).
 */
function nodeRows(rendererHeapMB = NaN): Row[] {
  const ratio = (ours: Stat, theirs: Stat) => `${(ours.median / theirs.median).toFixed(3)}×`;
  return [
    {
      label: 'entries · JSON size',
      cell: (f) => `${f.entries.toLocaleString('en')} · ${f.jsonMB.toFixed(1)} MB`,
    },
    {
      label: 'unlock → first screen, beyond KDF, ms median (p95)',
      short: 'unlock → first screen beyond the KDF, median',
      cell: (f) => ms(f.firstScreen),
      judged: (f) => f.firstScreen.median,
      targets: [100, 300, 1000],
      unit: 'ms',
    },
    {
      label: 'unlock → fully loaded (search answers), beyond KDF, ms',
      cell: (f) => ms(f.fullyLoaded),
    },
    { label: 'search index ready after unlock, ms', cell: (f) => ms(f.indexReady) },
    {
      label: 'single-entry save, main thread, ms p95 (median)',
      short: 'single-entry save, main thread, p95',
      cell: (f) => p95First(f.saveMain),
      judged: (f) => f.saveMain.p95,
      targets: [5, 5, 10],
      unit: 'ms',
    },
    { label: 'single-entry save, total incl. fsync, ms', cell: (f) => ms(f.saveTotal) },
    {
      label: 'baseline: whole-file lowdb JSONFile save, total ms',
      cell: (f) => ms(f.wholeFileSave.plain.total),
    },
    {
      label: 'baseline: whole-file encrypted save, total ms',
      cell: (f) => ms(f.wholeFileSave.encrypted.total),
    },
    {
      label: 'our save ÷ whole-file save (total, median): plain · encrypted',
      cell: (f) =>
        `${ratio(f.saveTotal, f.wholeFileSave.plain.total)} · ${ratio(f.saveTotal, f.wholeFileSave.encrypted.total)}`,
    },
    {
      label: 'our save ÷ whole-file save (main thread): plain · encrypted',
      cell: (f) =>
        `${ratio(f.saveMain, f.wholeFileSave.plain.main)} · ${ratio(f.saveMain, f.wholeFileSave.encrypted.main)}`,
    },
    ...(['one word', 'two words', 'prefix'] as const).map((kind): Row => ({
      label: `search, ${kind}, ms p95 (median)`,
      cell: (f) => (f.search[kind] ? p95First(f.search[kind]) : '—'),
      judged: (f) => f.search[kind]?.p95 ?? NaN,
      targets: [5, 10, 20],
      unit: 'ms',
    })),
    { label: 'search index build, ms', cell: (f) => ms(f.indexBuild) },
    { label: 'search index memory, MB', cell: (f) => f.indexMemoryMB.toFixed(0) },
    { label: '8-week summary, HTML (model + HTML + Markdown), ms', cell: (f) => ms(f.summaryHtml) },
    {
      label: '8-week summary, PDF¹, ms median (p95)',
      short: '8-week summary PDF¹, median',
      cell: (f) => (f.summaryPdf ? `${ms(f.summaryPdf)}, ${f.summaryPdfPages} p.` : '—'),
      judged: (f) => f.summaryPdf?.median ?? NaN,
      targets: [2000, 2000, 3000],
      unit: 'ms',
    },
    {
      label: 'main process RSS before unlock (Node, tsx, modules)², MB',
      cell: (f) => f.rssBeforeUnlockMB.toFixed(0),
    },
    {
      label: 'main process RSS after unlock², MB',
      cell: (f) => f.rssAfterUnlockMB.toFixed(0),
    },
    {
      label: 'main RSS after unlock + renderer JS heap (the largest journal’s)², MB',
      short: 'main RSS + renderer JS heap after unlock',
      cell: (f) => fmt(f.rssAfterUnlockMB + rendererHeapMB),
      judged: (f) => f.rssAfterUnlockMB + rendererHeapMB,
      targets: [250, 350, 600],
      unit: 'MB',
    },
  ];
}

const SIZES: DatasetId[] = ['365', '3650', '20000'];

function verdict(row: Row, figures: DatasetFigures[]): [string, string] {
  if (!row.targets || !row.judged) return ['', ''];
  const targets = row.targets;
  const misses: string[] = [];
  let judged = 0;
  SIZES.forEach((id, i) => {
    const f = figures.find((x) => x.id === id);
    const target = targets[i];
    const value = f && row.judged ? row.judged(f) : NaN;
    if (target === undefined || Number.isNaN(value)) return;
    judged += 1;
    if (value > target) misses.push(DATASETS[id].label);
  });
  const target = `≤ ${targets.map((t) => t.toLocaleString('en')).join(' / ')} ${row.unit ?? ''}`;
  if (judged === 0) return [target, '—'];
  return [target, misses.length === 0 ? 'pass' : `**miss** at ${misses.join(', ')}`];
}

function nodeTable(figures: DatasetFigures[], rendererHeapMB: number): string {
  const head = `| figure | ${figures.map((f) => DATASETS[f.id].label).join(' | ')} | target (1 yr / 10 yr / 20k) | result |`;
  const rule = `|---|${figures.map(() => '---:').join('|')}|---|---|`;
  const lines = nodeRows(rendererHeapMB).map((row) => {
    const [target, result] = verdict(row, figures);
    return `| ${row.label} | ${figures.map((f) => row.cell(f)).join(' | ')} | ${target} | ${result} |`;
  });
  return [head, rule, ...lines].join('\n');
}

/** The README's short version: the judged figure of each budget row, per dataset. */
function headline(
  kdf: Stat,
  figures: DatasetFigures[],
  renderer: RendererFigures | null,
  context: string,
): string {
  const kinds = ['one word', 'two words', 'prefix'] as const;
  const worstSearch = (f: DatasetFigures) => Math.max(...kinds.map((k) => f.search[k]?.p95 ?? NaN));
  const judgedRows = nodeRows(renderer?.jsHeapTotalMB).filter(
    (r) => r.targets && !r.label.startsWith('search'),
  );
  judgedRows.splice(2, 0, {
    label: 'search',
    short: 'search p95, slowest of 1 word / 2 words / prefix',
    cell: (f) => fmt(worstSearch(f)),
    judged: worstSearch,
    targets: [5, 10, 20],
    unit: 'ms',
  });
  const head = `| budget | ${figures.map((f) => DATASETS[f.id].label).join(' | ')} | target (1 yr / 10 yr / 20k) | result |`;
  const rule = `|---|${figures.map(() => '---:').join('|')}|---|---|`;
  const lines = judgedRows.map((row) => {
    const [target, result] = verdict(row, figures);
    const label = row.short ?? row.label;
    const cells = figures.map((f) => fmt(row.judged ? row.judged(f) : NaN));
    return `| ${label} (${row.unit ?? 'ms'}) | ${cells.join(' | ')} | ${target} | ${result} |`;
  });
  const main = renderer ? figures.find((f) => f.entries === renderer.entries) : undefined;
  const memory = renderer && main ? main.rssAfterUnlockMB + renderer.jsHeapTotalMB : NaN;
  const extra = renderer
    ? `\n\nIn the renderer at ${renderer.entries.toLocaleString('en')} entries: editor keystroke → paint p95 **${fmt(renderer.keystrokeToPaint.p95)} ms** (target ≤ 16 ms), unlock → journal timeline **${fmt(renderer.unlockToTimeline.median)} ms**, main RSS + renderer JS heap **${fmt(memory)} MB** (target ≤ 600 MB).`
    : '';
  return `${context}\nKey derivation (scrypt N=2^17), the fixed cost of every unlock: **${fmt(kdf.median)} ms**; the figures below are beyond it.\n\n${[head, rule, ...lines].join('\n')}${extra}\n\n¹ Printed by Playwright's Chromium (\`page.pdf\`), standing in for Electron's \`printToPDF\` (the same engine).`;
}

const README_START = '<!-- bench:start -->';
const README_END = '<!-- bench:end -->';

/** Replaces the README's headline between its bench markers (nothing else in the README). */
async function updateReadme(text: string): Promise<void> {
  const path = join(ROOT, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) {
    console.log('README.md has no bench markers; its headline table was left as it is');
    return;
  }
  await writeFile(
    path,
    `${readme.slice(0, start + README_START.length)}\n\n${text}\n\n${readme.slice(end)}`,
  );
}

function rendererTable(r: RendererFigures, mainRssMB: number | null): string {
  const pass = (ok: boolean) => (ok ? 'pass' : '**miss**');
  const total = mainRssMB === null ? NaN : mainRssMB + r.jsHeapTotalMB;
  return [
    `| figure (renderer, ${r.entries.toLocaleString('en')} entries) | value | target | result |`,
    '|---|---:|---|---|',
    `| unlock → Home visible, ms median (p95) | ${ms(r.unlockToHome)} | | |`,
    `| unlock → journal timeline visible, ms median (p95) | ${ms(r.unlockToTimeline)} | | |`,
    `| search as you type: last key → results painted, ms median (p95)³ | ${ms(r.searchAsYouType)} | | |`,
    `| editor keystroke → paint, ms p95 (median), ${r.keystrokeToPaint.runs} keys | ${p95First(r.keystrokeToPaint)} | ≤ 16 ms | ${pass(r.keystrokeToPaint.p95 <= 16)} |`,
    `| renderer JS heap after unlock, used / total, MB | ${r.jsHeapUsedMB.toFixed(0)} / ${r.jsHeapTotalMB.toFixed(0)} | | |`,
    `| main RSS + renderer JS heap after unlock², MB | ${fmt(total)} | ≤ 600 MB at 20k | ${Number.isNaN(total) ? '—' : pass(total <= 600)} |`,
  ].join('\n');
}

function report(
  kdf: Stat,
  figures: DatasetFigures[],
  renderer: RendererFigures | null,
  started: Date,
  load: string,
  machineText: string,
): string {
  const one = figures.find((f) => f.id === '365');
  const ten = figures.find((f) => f.id === '3650');
  const ratio = one && ten ? ten.saveMain.median / one.saveMain.median : NaN;
  const rendererMain = renderer ? figures.find((f) => f.entries === renderer.entries) : undefined;
  return `# Benchmarks

Made by \`npm run bench\` (tests/bench/) on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC.
Machine: ${machineText}. Load average at the start: ${load}.

A load average near or above the number of cores means other work shared the machine, and
every figure is then pessimistic and noisy: re-run \`npm run bench\` on a quiet machine before
reading much into a miss that is close to its target.

- Key derivation (scrypt N=2^17, r=8, p=1), the fixed cost of every unlock: **${fmt(kdf.median)} ms** median (p95 ${fmt(kdf.p95)} ms, ${kdf.runs} runs). The figures below are "beyond the KDF": the vaults use a cheap KDF and its time is subtracted.
- Save size independence, save(3,650) / save(365), main-thread medians at equal density: **${Number.isNaN(ratio) ? '—' : ratio.toFixed(2)}** (target ≤ 1.5, ${Number.isNaN(ratio) ? '—' : ratio <= 1.5 ? 'pass' : '**miss**'}).

## Main process (Node, the real handler table over the real encrypted vault)

${nodeTable(figures, renderer?.jsHeapTotalMB ?? NaN)}

## Renderer (the built app in Chromium through the e2e harness)

${renderer ? rendererTable(renderer, rendererMain?.rssAfterUnlockMB ?? null) : 'Not run (`--no-renderer`).'}

## How it is measured

- **Data.** Synthetic vaults are deterministic (seeded): ~400 words per entry (250–550) of
  Tiptap JSON with headings, bold/italic marks, bullet and numbered lists, quotes and "@"
  mention chips, drawn from a ~6,000-word vocabulary with Zipf-distributed frequencies; plus,
  written through the real handler table, 50 goals with fortnightly check-ins, 500 thought
  records, 100 obstacle plans with 6 occurrences each, a year of daily mood check-ins,
  fortnightly PHQ-9 and GAD-7, weekly therapy sessions with homework, and an agenda. The
  Pepys diary is the real ten-year diary in \`../shared/data\`, converted by the importer's
  own \`htmlToDoc\`, with the same structured data beside it.
- **Repetitions.** Unlock: 7 opens; save: 200 autosaves of recent entries through
  \`journal:save\`; search: 20 rounds of each query kind through \`search:query\` (limit 30);
  index build: 3; summary: 5; whole-file baseline: 30 saves (10 at 20,000); renderer: 5
  unlocks, 3 rounds of 10 searches, 150 keystrokes. "median (p95)" is over those runs.
- **First screen** is \`vault:unlock\` plus the queries Home makes (journal list, goals, plans,
  check-ins, sessions, agenda) answered. **Fully loaded** is the first \`search:query\` answered
  (it waits for the in-memory index). **Main thread** is event-loop active time during the
  call; the rest of "total" is fsync and other work on libuv's thread pool.
- **Baseline.** The same entries and records as one lowdb file (\`JSONFile\`), and the same
  whole file through our encrypted adapter, rewritten on each single-entry save: what a
  naïve lowdb app would do.
- ¹ **PDF.** Node has no Electron \`printToPDF\`: the same print document (summary HTML, the
  app's stylesheet and CSP, JavaScript off) is printed by Playwright's Chromium
  (\`page.pdf\`) as a stand-in, the same engine. The 8 weeks end the day after the data ends;
  all sections on, shared entries in the period picked (up to 20), 3 thought records picked.
- ² **Memory.** "Main process RSS" is the measuring Node process right after its first
  unlock is fully loaded (the first search answered; a fresh process per dataset), not
  Electron's main process; "before unlock" is the same process with only its modules loaded
  (Node, tsx compiling the TypeScript sources, the app's code: a cost Electron's bundled main
  has in its own form). Playwright, used for the PDF, is loaded only after these figures. The
  renderer's figure is Chromium's JS heap (CDP \`Performance.getMetrics\`), not the renderer
  process's RSS, so "main + renderer" here is a lower bound of what Electron would use.
- ³ **Renderer.** Times are from the moment Playwright clicks or types to the DOM change
  (Playwright's own round trips included). Search as you type includes the search box's
  120 ms debounce. Keystroke → paint is from each keydown's timestamp to a message posted
  from the next animation frame (after the frame is painted), typing ~16 keys a second into
  the newest entry.
`;
}

// ------------------------------------------------------------------ main

/** Where a run keeps its raw figures (JSON), so the report can be rebuilt with --report-from. */
const FIGURES_DIR = join(ROOT, 'test-results/bench-figures');

interface RunInfo {
  started: string;
  load: string;
  machine: string;
}

async function measureAll(out: string): Promise<void> {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const info: RunInfo = {
    started: new Date().toISOString(),
    load: loadavg()
      .map((n) => n.toFixed(1))
      .join(', '),
    machine: machine(),
  };
  await writeFile(join(out, 'run.json'), JSON.stringify(info));
  console.log(`Waypoint benchmark${smoke ? ' (smoke)' : ''} — ${info.machine}; load ${info.load}`);
  const kdf = await appKdf(smoke ? 1 : 5);
  await writeFile(join(out, 'kdf.json'), JSON.stringify(kdf));
  console.log(`KDF (scrypt N=2^17): ${fmt(kdf.median)} ms`);

  const pepys = existsSync(resolve(ROOT, '../shared/data/pepys-diary.json'));
  const ids: DatasetId[] = smoke
    ? ['365']
    : ['365', '3650', '20000', ...(pepys ? (['pepys'] as const) : [])];
  const rendererId: DatasetId = smoke ? '365' : '20000';
  const base = await mkdtemp(join(tmpdir(), 'waypoint-bench-'));
  try {
    for (const id of ids) {
      const dir = join(base, id, 'vault');
      const flag = smoke ? ['--smoke'] : [];
      console.log(`\n— ${DATASETS[id].label}: generating…`);
      node('dataset.ts', ['generate', id, dir, ...flag]);
      console.log(`— ${DATASETS[id].label}: measuring…`);
      const file = join(out, `${id}.json`);
      node('dataset.ts', ['measure', id, dir, file, ...flag]);
      const f = JSON.parse(readFileSync(file, 'utf8')) as DatasetFigures;
      console.log(
        `  first screen ${ms(f.firstScreen)} ms, save main p95 ${fmt(f.saveMain.p95)} ms, search 1-word p95 ${fmt(f.search['one word']?.p95 ?? NaN)} ms, PDF ${f.summaryPdf ? fmt(f.summaryPdf.median) : '—'} ms`,
      );
      if (id !== rendererId || !withRenderer)
        await rm(join(base, id), { recursive: true, force: true });
    }

    if (withRenderer) {
      const built = ['dist/renderer/index.html', 'dist/preload/preload.cjs'].every((p) =>
        existsSync(join(ROOT, p)),
      );
      if (!args.includes('--no-build') && (!smoke || !built)) run('npm', ['run', 'build']);
      console.log(`\n— renderer on ${DATASETS[rendererId].label}…`);
      run('npx', ['playwright', 'test', '-c', 'tests/bench/playwright.bench.config.ts'], {
        WAYPOINT_BENCH_VAULT: join(base, rendererId, 'vault'),
        WAYPOINT_BENCH_OUT: join(out, 'renderer.json'),
        WAYPOINT_BENCH_SMOKE: smoke ? '1' : '0',
      });
    }
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}

/** Builds the report from a run's raw figures; a full run writes it to docs and the README. */
async function writeReport(dir: string, write: boolean): Promise<void> {
  const read = (name: string): unknown =>
    existsSync(join(dir, name)) ? JSON.parse(readFileSync(join(dir, name), 'utf8')) : null;
  const info = read('run.json') as RunInfo | null;
  const kdf = read('kdf.json') as Stat | null;
  if (!info || !kdf) throw new Error(`${dir} holds no bench run`);
  const figures = (Object.keys(DATASETS) as DatasetId[])
    .map((id) => read(`${id}.json`) as DatasetFigures | null)
    .filter((f): f is DatasetFigures => f !== null);
  const renderer = read('renderer.json') as RendererFigures | null;
  const started = new Date(info.started);
  const doc = report(kdf, figures, renderer, started, info.load, info.machine);
  const context = `Run of ${info.started.slice(0, 10)} on ${info.machine}, load average ${info.load} at the start (a busy machine makes every figure slower).`;
  console.log(`\n${doc}`);
  if (write) {
    await writeFile(join(ROOT, 'docs/benchmarks.md'), doc);
    await updateReadme(headline(kdf, figures, renderer, context));
    run('npx', ['prettier', '--write', 'docs/benchmarks.md', 'README.md']);
    console.log('Written to docs/benchmarks.md and the README');
  } else {
    console.log(`README headline:\n${headline(kdf, figures, renderer, context)}`);
    console.log('bench smoke: every figure was produced (no timing is asserted)');
  }
}

async function main(): Promise<void> {
  const from = args.indexOf('--report-from');
  if (from >= 0) {
    const dir = args[from + 1];
    if (!dir)
      throw new Error('--report-from needs the folder of a run (test-results/bench-figures)');
    await writeReport(resolve(dir), true);
    return;
  }
  await measureAll(FIGURES_DIR);
  await writeReport(FIGURES_DIR, !smoke);
}

await main();
