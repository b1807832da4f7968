// Prints one line, `N passed, N failed`, totalled over the vitest and Playwright JSON reports.
// A suite that never ran (e.g. typecheck failed first) counts as one failure, so an empty run
// is never mistaken for a green one.
import { existsSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? '0');
let passed = 0;
let failed = 0;
let missing = 0;

function read(path) {
  if (!existsSync(path)) {
    missing += 1;
    return undefined;
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

const vitest = read('test-results/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
}
const playwright = read('test-results/playwright.json');
if (playwright) {
  passed += (playwright.stats?.expected ?? 0) + (playwright.stats?.flaky ?? 0);
  failed += playwright.stats?.unexpected ?? 0;
  failed += playwright.errors?.length ?? 0;
  if ((playwright.stats?.flaky ?? 0) > 0) {
    console.log(
      `${playwright.stats.flaky} e2e test(s) passed only on retry (flaky): see the list above`,
    );
  }
}
if (status !== 0 && failed === 0) failed = Math.max(1, missing);
if (missing > 0) console.log(`${missing} suite(s) did not run`);
console.log(`${passed} passed, ${failed} failed`);
