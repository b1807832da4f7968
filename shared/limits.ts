/** Documented input limits, enforced by the IPC schemas (and stated in the README). */
export const LIMITS = {
  passphraseMinLength: 10,
  passphraseMaxLength: 1024,
  recoveryKeyMaxLength: 200,
  idMaxLength: 64,
  titleMaxLength: 300,
  /** Serialized Tiptap JSON of one entry. About 150,000 words of plain prose. */
  entryContentMaxBytes: 2_000_000,
  entryTextMaxLength: 1_000_000,
  tagMaxLength: 40,
  tagsPerEntry: 30,
  linksPerEntry: 200,
  searchQueryMaxLength: 200,
  /** Days an entry stays in the trash before it is deleted for good. */
  trashDays: 30,
  /** What a passphrase field accepts before NFC normalisation (decomposed accents count double). */
  passphraseInputMaxLength: 4096,
} as const;
