import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** `npm run screenshots`: regenerates the README's pictures under docs/screenshots. */
export default defineConfig({
  ...base,
  testDir: 'tests/screenshots',
  testMatch: '**/*.shots.ts',
  reporter: [['list']],
  workers: 1,
});
