import { writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCryptoSelfTest } from '../../../electron/core/vault/crypto';
import { generateRecoveryKey, parseRecoveryKey } from '../../../electron/core/vault/recoveryKey';
import { Vault } from '../../../electron/core/vault/vault';
import { PASSPHRASE, TEST_KDF, doc, makeTempDir, snapshot } from '../../support/vaultFixtures';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(async () => cleanup());
const opts = { kdf: TEST_KDF };

describe('passphrase, recovery key and unlock', () => {
  it('a failed unlock leaves every byte on disk unchanged', async () => {
    const { vault, recoveryKey } = await Vault.create(dir, PASSPHRASE, opts);
    await vault.createEntry('2026-11-01', { content: doc('hello') });
    await vault.close();
    const before = await snapshot(dir);
    await expect(Vault.open(dir, 'wrong passphrase', opts)).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    await expect(
      Vault.openWithRecoveryKey(
        dir,
        recoveryKey.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
        opts,
      ),
    ).rejects.toMatchObject({
      code: 'wrong_recovery_key',
    });
    await expect(Vault.openWithRecoveryKey(dir, 'not a key', opts)).rejects.toMatchObject({
      code: 'wrong_recovery_key',
    });
    expect(await snapshot(dir)).toEqual(before);
  });

  it('the recovery key unlocks, asks for a new passphrase, and the new one works', async () => {
    const { vault, recoveryKey } = await Vault.create(dir, PASSPHRASE, opts);
    const entry = await vault.createEntry('2026-11-01', { content: doc('hello') });
    await vault.close();
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    // Forgiving about case, spaces and look-alike characters.
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ');
    const recovered = await Vault.openWithRecoveryKey(dir, typed, opts);
    expect(recovered.passphraseResetRequired).toBe(true);
    expect(recovered.getEntry(entry.id)).toBeDefined();
    await recovered.resetPassphrase('a brand new passphrase');
    expect(recovered.passphraseResetRequired).toBe(false);
    await recovered.close();
    await expect(Vault.open(dir, PASSPHRASE, opts)).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    const reopened = await Vault.open(dir, 'a brand new passphrase', opts);
    expect(reopened.getEntry(entry.id)).toBeDefined();
    await reopened.close();
  });

  it('a passphrase change makes the old passphrase fail and the new one work; the recovery key still works', async () => {
    const { vault, recoveryKey } = await Vault.create(dir, PASSPHRASE, opts);
    await expect(vault.changePassphrase('not it', 'another passphrase')).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    await vault.changePassphrase(PASSPHRASE, 'another passphrase');
    await expect(vault.resetPassphrase('sneaky new one')).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await vault.close();
    await expect(Vault.open(dir, PASSPHRASE, opts)).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    await (await Vault.open(dir, 'another passphrase', opts)).close();
    await (await Vault.openWithRecoveryKey(dir, recoveryKey, opts)).close();
  });

  it('passphrases are compared after Unicode normalisation', async () => {
    const composed = 'café au lait, s’il vous plaît';
    const { vault } = await Vault.create(dir, composed, opts);
    await vault.close();
    await (await Vault.open(dir, composed.normalize('NFD'), opts)).close();
  });

  it('refuses to create over an existing journal and reports a missing one', async () => {
    const { vault } = await Vault.create(dir, PASSPHRASE, opts);
    await vault.close();
    await expect(Vault.create(dir, PASSPHRASE, opts)).rejects.toMatchObject({
      code: 'vault_exists',
    });
    await expect(Vault.open(join(dir, 'nothing-here'), PASSPHRASE, opts)).rejects.toMatchObject({
      code: 'no_vault',
    });
  });
});

describe('one writer', () => {
  it('a vault open in a live process cannot be opened again; a stale lock is taken over', async () => {
    const { vault } = await Vault.create(dir, PASSPHRASE, opts);
    const lock = JSON.parse((await snapshot(dir)).get('vault.lock')?.toString('utf8') ?? '{}');
    expect(lock).toMatchObject({ host: hostname(), pid: process.pid });
    await vault.close();
    // A lock left by another live process on this host (pid 1 always runs).
    await writeFile(join(dir, 'vault.lock'), JSON.stringify({ host: hostname(), pid: 1 }));
    await expect(Vault.open(dir, PASSPHRASE, opts)).rejects.toMatchObject({
      code: 'locked_by_other',
    });
    // A lock from a process that has gone.
    await writeFile(
      join(dir, 'vault.lock'),
      JSON.stringify({ host: hostname(), pid: 2 ** 22 + 7 }),
    );
    const reopened = await Vault.open(dir, PASSPHRASE, opts);
    await reopened.close();
    expect((await snapshot(dir)).has('vault.lock')).toBe(false);
  });
});

describe('crypto building blocks', () => {
  it('passes its known-answer self-test', () => {
    expect(() => {
      runCryptoSelfTest();
    }).not.toThrow();
  });

  it('recovery keys round-trip and reject wrong lengths and letters', () => {
    const key = generateRecoveryKey();
    expect(parseRecoveryKey(key.display)?.equals(key.bytes)).toBe(true);
    expect(parseRecoveryKey(key.display.slice(0, -1))).toBeNull();
    expect(parseRecoveryKey(`${key.display.slice(0, -1)}U`)).toBeNull();
    expect(
      parseRecoveryKey(key.display.replace(/0/g, 'o').replace(/1/g, 'l'))?.equals(key.bytes),
    ).toBe(true);
  });
});
