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
} as const;
