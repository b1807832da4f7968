/**
 * How hard the hardening tests push. CI runs the bounded numbers; `npm run torture` sets
 * WAYPOINT_TORTURE=1 (tests/torture/vitest.config.ts) for many more kills and exhaustive flips.
 */
export const TORTURE = process.env.WAYPOINT_TORTURE === '1';

export const BUDGET = {
  /** SIGKILLs of the saving child process. */
  kills: TORTURE ? 3000 : 300,
  /** Children killed in parallel, each on its own vault (this machine has 2 cores). */
  lanes: 2,
  /** Byte flips per file; every header byte is always flipped. Infinity = every byte. */
  flipsPerFile: TORTURE ? Number.POSITIVE_INFINITY : 40,
  /** Truncation lengths per file (plus 0, 1 and length-1). */
  truncationsPerFile: TORTURE ? 200 : 12,
  /** IPC fuzz cases per channel. */
  fuzzRunsPerChannel: TORTURE ? 100 : 25,
  /** ~30 s on an idle 2-core machine; the bound leaves room for a busy CI runner. */
  testTimeoutMs: TORTURE ? 3_600_000 : 300_000,
};
