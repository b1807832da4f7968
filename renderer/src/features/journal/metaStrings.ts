/** Words for an entry's details: tags, mood, sharing and pinning. */
export const metaStrings = {
  region: 'About this entry',
  tagsLabel: 'Tags',
  tagsHint: 'Enter or comma adds a tag; Backspace in an empty field removes the last one.',
  tagPlaceholder: 'Add a tag…',
  tagSuggestions: 'Tags you have used',
  removeTag: (tag: string) => `Remove tag ${tag}`,
  tagCount: (n: number) => (n === 1 ? '1 entry' : `${n} entries`),
  moodLabel: 'Mood',
  moodNone: 'Not recorded',
  moodOption: (n: number, label: string) => `${n} — ${label}`,
  moodHint: 'Saved as a mood check-in for this day, so it shows in your trends.',
  share: 'Share with therapist',
  shareHint:
    'Only pre-selects this entry when you prepare a summary. Nothing leaves your computer unless you export it.',
  pin: 'Pin entry',
  pinned: 'Pinned',
  saveFailed: "That change couldn't be saved.",
  manageHeading: 'Tags',
  noTags: 'No tags yet. Add them to an entry, under “About this entry”.',
  renameFrom: 'Tag to rename',
  chooseTag: 'Choose a tag…',
  renameTo: 'New name',
  renameHint: 'Every entry with this tag gets the new name.',
  mergeHint: (to: string) =>
    `“${to}” already exists: the two tags become one, on every entry that had either.`,
  rename: 'Rename tag',
  merge: 'Merge tags',
  renamed: (from: string, to: string, n: number) =>
    `“${from}” is now “${to}” on ${n === 1 ? '1 entry' : `${n} entries`}.`,
} as const;
