import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** `npm run torture`: the hardening tests with many more kills and every byte flipped. */
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['tests/unit/hardening/**/*.test.ts'],
    environment: 'node',
    env: { WAYPOINT_TORTURE: '1' },
    testTimeout: 3_600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
