import { LIMITS } from '../limits';
import { z } from '../zod';

/** Passphrase and recovery-key fields, shared by every contract that asks for one. */
const tooLongPassphrase = `Use at most ${LIMITS.passphraseMaxLength} characters.`;

/**
 * Passphrases are measured after NFC normalisation (as the KDF sees them), so the same words
 * typed on a keyboard that sends decomposed accents (NFD: "e" + combining accent) are not
 * longer or shorter than on one that doesn't. The raw cap only bounds the work.
 */
const nfcPassphrase = (check: z.ZodType<string, string>) =>
  z
    .string()
    .max(LIMITS.passphraseInputMaxLength, tooLongPassphrase)
    .transform((text) => text.normalize('NFC'))
    .pipe(check);

export const passphraseSchema = nfcPassphrase(
  z.string().min(1, 'Enter your passphrase.').max(LIMITS.passphraseMaxLength, tooLongPassphrase),
);
export const newPassphraseSchema = nfcPassphrase(
  z
    .string()
    .min(LIMITS.passphraseMinLength, `Use at least ${LIMITS.passphraseMinLength} characters.`)
    .max(LIMITS.passphraseMaxLength, tooLongPassphrase)
    // A lone surrogate (half an emoji) has no UTF-8 form; the KDF would see U+FFFD instead.
    .refine(
      (text) => !/\p{Cs}/u.test(text),
      'This passphrase has a broken character in it. Please type it again.',
    ),
);
export const recoveryKeySchema = z.string().min(1).max(LIMITS.recoveryKeyMaxLength);
