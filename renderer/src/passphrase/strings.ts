import { LIMITS } from '../../../shared/limits';

export const passphraseStrings = {
  show: 'Show',
  hide: 'Hide',
  showLabel: (field: string) => `Show ${field.toLowerCase()}`,
  strengthLabel: 'Passphrase strength',
  levels: ['Weak', 'Fair', 'Good', 'Strong'] as const,
  strengthText: (level: string) => `Strength: ${level}`,
  empty: 'Strength: nothing typed yet',
  hint: `At least ${LIMITS.passphraseMinLength} characters. A few unrelated words are easy to remember and hard to guess.`,
  tooShort: `Use at least ${LIMITS.passphraseMinLength} characters.`,
  mismatch: "The two passphrases don't match.",
  tips: [
    'Try adding another word or two.',
    'One more unrelated word would help.',
    'Longer is even better.',
    'Make sure you can remember it.',
  ] as const,
} as const;
