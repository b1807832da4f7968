import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/** Debian's Chromium: Playwright's own browser download does not work on these machines. */
const chromiumCandidates = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];
const executablePath = process.env.CHROMIUM_PATH ?? chromiumCandidates.find((p) => existsSync(p));

/** The preview server's port; WAYPOINT_E2E_PORT lets two runs share a machine. */
const port = process.env.WAYPOINT_E2E_PORT ?? '4173';
const appUrl = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  // One retry in CI so a timing hiccup on a loaded runner doesn't sink a run; tests that needed
  // it are listed as flaky by tests/summarize.mjs, so they stay visible.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  outputDir: 'test-results/playwright',
  use: {
    baseURL: appUrl,
    trace: 'off',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: appUrl,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
