import { LIMITS } from '../limits';
import { z } from '../zod';

/** Passphrase and recovery-key fields, shared by every contract that asks for one. */
export const passphraseSchema = z
  .string()
  .min(1, 'Enter your passphrase.')
  .max(LIMITS.passphraseMaxLength);
export const newPassphraseSchema = z
  .string()
  .min(LIMITS.passphraseMinLength, `Use at least ${LIMITS.passphraseMinLength} characters.`)
  .max(LIMITS.passphraseMaxLength);
export const recoveryKeySchema = z.string().min(1).max(LIMITS.recoveryKeyMaxLength);
