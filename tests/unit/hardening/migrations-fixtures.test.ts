import { cp, readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Session } from '../../../electron/core/session';
import { CURRENT_SCHEMA_VERSION } from '../../../electron/core/vault/migrations';
import { Vault } from '../../../electron/core/vault/vault';
import { fixtureContent } from '../../fixtures/vaults/fixtureContent';
import { readManifest, rewriteManifest } from '../../support/manifestAccess';
import { PASSPHRASE, TEST_KDF, doc, makeTempDir, snapshot } from '../../support/vaultFixtures';

/**
 * Migrations: every fixture vault under tests/fixtures/vaults (one folder per schema version
 * ever shipped) opens with this build, is migrated to the current version, and keeps all of
 * its content. A journal from a newer Waypoint is refused and left exactly as it was.
 */

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/vaults');
const versions = (await readdir(FIXTURES, { withFileTypes: true }))
  .filter((d) => d.isDirectory() && /^v\d+$/.test(d.name))
  .map((d) => d.name)
  .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(async () => cleanup());

describe('fixture vaults of every schema version', () => {
  it('there is one for every version up to the current one', () => {
    expect(versions).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => `v${String(i + 1)}`),
    );
  });

  it.each(versions)(
    '%s opens, migrates to the current version, with all content intact',
    async (version) => {
      const expected = JSON.parse(
        await readFile(join(FIXTURES, version, 'expected.json'), 'utf8'),
      ) as {
        schemaVersion: number;
        passphrase: string;
      } & ReturnType<typeof fixtureContent>;
      expect(`v${String(expected.schemaVersion)}`).toBe(version);
      await cp(join(FIXTURES, version, 'vault'), dir, { recursive: true });

      const vault = await Vault.open(dir, expected.passphrase, { kdf: TEST_KDF });
      const content = fixtureContent(vault);
      expect(content.entries).toEqual(expected.entries);
      // Every string the user wrote in a record survives; a migration may add new ones.
      for (const [type, records] of Object.entries(expected.records)) {
        const now = content.records[type as keyof typeof content.records] ?? [];
        expect(now.map((r) => r.id)).toEqual(records.map((r) => r.id));
        for (const [i, record] of records.entries())
          expect(now[i]?.strings).toEqual(expect.arrayContaining(record.strings));
      }
      expect(vault.notices.filter((n) => n.kind !== 'manifest_repaired')).toEqual([]);
      // It goes on working: a new entry saves.
      await vault.createEntry('2026-12-01', { content: doc('after the upgrade') });
      await vault.close();

      expect((await readManifest(dir, expected.passphrase)).data.schemaVersion).toBe(
        CURRENT_SCHEMA_VERSION,
      );
      const reopened = await Vault.open(dir, expected.passphrase, { kdf: TEST_KDF });
      expect(reopened.notices).toEqual([]);
      expect(reopened.listEntries()).toHaveLength(expected.entries.length + 1);
      expect((await reopened.verify()).ok).toBe(true);
      await reopened.close();
    },
  );
});

describe('a journal from a newer version of Waypoint', () => {
  async function futureVault(): Promise<void> {
    const { vault } = await Vault.create(dir, PASSPHRASE, { kdf: TEST_KDF });
    await vault.createEntry('2026-11-02', { content: doc('written by a newer Waypoint') });
    await vault.close();
    // A newer build wrote it: a higher schema version and a manifest shape we don't know.
    await rewriteManifest(dir, PASSPHRASE, (data) => ({
      ...data,
      schemaVersion: CURRENT_SCHEMA_VERSION + 1,
      shards: { index: 'a shape this build has never seen' },
    }));
  }

  it('is refused with a clear message, and not one byte on disk changes', async () => {
    await futureVault();
    const before = await snapshot(dir);
    for (const open of [
      () => Vault.open(dir, PASSPHRASE, { kdf: TEST_KDF }),
      async () => {
        const session = new Session({ dataDir: dir, kdf: TEST_KDF });
        await session.unlock(PASSPHRASE);
      },
    ]) {
      await expect(open()).rejects.toMatchObject({
        code: 'vault_too_new',
        message: expect.stringMatching(
          /saved by a newer version of Waypoint.*nothing has been changed/i,
        ),
      });
      expect(await snapshot(dir)).toEqual(before);
    }
  });

  it('a wrong passphrase is still "wrong passphrase", not "too new"', async () => {
    await futureVault();
    await expect(Vault.open(dir, 'not the passphrase', { kdf: TEST_KDF })).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
  });
});
