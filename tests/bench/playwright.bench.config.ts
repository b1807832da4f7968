import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

/**
 * The renderer half of `npm run bench` (tests/bench/renderer.bench.ts), started by bench.ts.
 * Its own config so `npm test`'s e2e run never picks it up and its report never replaces
 * test-results/playwright.json.
 */
const port = process.env.WAYPOINT_E2E_PORT ?? '4173';

export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '*.bench.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30 * 60_000,
  reporter: [['list']],
  use: { ...base.use, actionTimeout: 120_000 },
  outputDir: resolve(import.meta.dirname, '../../test-results/bench'),
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    cwd: resolve(import.meta.dirname, '../..'),
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
