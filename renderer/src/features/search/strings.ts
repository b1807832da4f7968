export const searchStrings = {
  title: 'Search your journal',
  inputLabel: 'Search entries',
  placeholder: 'Search titles, text and tags…',
  listLabel: 'Matching entries',
  prompt: 'Type a word or two. Accents and capitals don’t matter.',
  searching: 'Searching…',
  noMatch: 'No entry matches that. Try another word.',
  failed: "Search didn't work this time. Try again.",
  count: (n: number) => (n === 1 ? '1 entry found' : `${n} entries found`),
  inField: {
    title: 'in the title',
    text: 'in the text',
    tags: 'in the tags',
    links: 'in a linked goal, thought record or plan',
  },
  hint: '↑ ↓ to choose, Enter to open, Esc to close',
} as const;
