import { MESSAGES, VaultError } from '../../vault/errors';
import type { ScryptParams } from '../../vault/kdf';
import { Vault } from '../../vault/vault';
import type { Context } from '../context';
import { EXIT } from '../exitCodes';
import { getPassphrase } from '../passphrase';

/**
 * FOR AUTOMATED TESTS ONLY. With WAYPOINT_INSECURE_TEST_KDF=1, `init` derives the key with
 * a deliberately cheap scrypt cost so test suites run fast. Opening always uses the cost
 * stored in the vault's header, so this only ever matters at creation.
 */
export const INSECURE_TEST_KDF: ScryptParams = { name: 'scrypt', N: 2 ** 10, r: 8, p: 1 };

export async function initCommand(ctx: Context): Promise<number> {
  if (await Vault.exists(ctx.dataDir)) throw new VaultError('vault_exists', MESSAGES.vaultExists);
  const insecure = ctx.io.env.WAYPOINT_INSECURE_TEST_KDF === '1';
  if (insecure) {
    ctx.err('WARNING: WAYPOINT_INSECURE_TEST_KDF=1 is set. This journal gets a deliberately');
    ctx.err('WARNING: WEAK passphrase key (scrypt N=2^10), meant for automated tests only.');
    ctx.err(
      'WARNING: Never use it for a real journal: unset it, delete the folder, run init again.',
    );
  }
  const passphrase = await getPassphrase(
    {
      stdin: ctx.stdin,
      stderr: ctx.io.stderr,
      env: ctx.io.env,
      passphraseStdin: ctx.args.passphraseStdin,
    },
    { confirm: true },
  );
  const { vault, recoveryKey } = await Vault.create(
    ctx.dataDir,
    passphrase,
    insecure ? { kdf: INSECURE_TEST_KDF } : {},
  );
  await vault.close();
  ctx.out(`Created a new journal in ${ctx.dataDir}`);
  ctx.out('');
  ctx.out('Your recovery key (shown only this once):');
  ctx.out('');
  ctx.out(`    ${recoveryKey}`);
  ctx.out('');
  ctx.out('Write it down and keep it somewhere safe, away from this computer.');
  ctx.out('If you lose both your passphrase and this recovery key, your journal cannot be');
  ctx.out('recovered by anyone: not by you, not by the makers of Waypoint.');
  return EXIT.ok;
}
