import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SHARD_SPLIT_BYTES, Vault } from '../../../electron/core/vault/vault';
import { syntheticEntries } from '../../bench/synthetic';
import { PASSPHRASE, TEST_KDF, makeTempDir, snapshot } from '../../support/vaultFixtures';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(async () => cleanup());

describe('importing many entries at once', () => {
  it('splits a heavy month into parts under the size threshold and reads every entry back', async () => {
    // 400 entries of ~4.3 KB in one month: well over one shard's worth.
    const entries = syntheticEntries(400, 0.05, { end: '2026-10-31' }).map((e) => ({
      ...e,
      date: '2026-10-15',
    }));
    const bytes = entries.reduce((n, e) => n + JSON.stringify(e).length, 0);
    const { vault } = await Vault.create(dir, PASSPHRASE, { kdf: TEST_KDF });
    await vault.importEntries(entries);
    await vault.close();

    const parts = [...(await snapshot(dir)).keys()].filter((n) => n.startsWith('entries/2026-10'));
    expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(bytes / SHARD_SPLIT_BYTES));
    // Each part closes once it reaches the threshold, so none holds much more than that.
    for (const [name, data] of await snapshot(dir))
      if (name.startsWith('entries/')) expect(data.length).toBeLessThan(SHARD_SPLIT_BYTES + 64_000);

    const reopened = await Vault.open(dir, PASSPHRASE, { kdf: TEST_KDF });
    const back = reopened.listEntries();
    expect(back).toHaveLength(400);
    expect(new Set(back.map((e) => e.id))).toEqual(new Set(entries.map((e) => e.id)));
    await reopened.close();
  });
});
