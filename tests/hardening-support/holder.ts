/**
 * Child process for the one-writer test: opens (or creates) the vault given on the command
 * line and holds it open until its stdin closes, then closes it and exits. One line on
 * stdout says how the open went:
 *
 *   OPEN  {entries}           the vault is open here (the lock is this process's)
 *   ERR   {code, message}     it could not be opened
 */
import { Vault } from '../../electron/core/vault/vault';
import { VaultError } from '../../electron/core/vault/errors';
import { PASSPHRASE, TEST_KDF } from '../support/vaultFixtures';

function say(kind: string, payload: unknown): void {
  process.stdout.write(`${kind} ${JSON.stringify(payload)}\n`);
}

async function main(): Promise<void> {
  const [dir] = process.argv.slice(2);
  if (!dir) throw new Error('usage: holder <vault dir>');
  let vault: Vault;
  try {
    vault = await Vault.open(dir, PASSPHRASE, { kdf: TEST_KDF });
  } catch (error) {
    if (!(error instanceof VaultError)) throw error;
    say('ERR', { code: error.code, message: error.message });
    return;
  }
  say('OPEN', { entries: vault.listEntries().length });
  process.stdin.resume();
  await new Promise((resolve) => process.stdin.on('end', resolve));
  await vault.close();
}

await main();
