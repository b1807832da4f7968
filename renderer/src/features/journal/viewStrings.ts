/** Words for the journal's views: timeline, calendar, trash, filters and prompts. */
export const viewStrings = {
  views: 'Views',
  timeline: 'Timeline',
  calendar: 'Calendar',
  trash: 'Trash',

  pinnedGroup: 'Pinned',
  onThisDay: 'On this day, in earlier years',
  onThisDayList: 'Entries from this day in earlier years',
  dayList: (day: string) => `Entries from ${day}`,
  pinnedList: 'Pinned entries',
  showOlder: 'Show older entries',
  olderLoading: (loaded: number, total: number) =>
    `Still opening your older entries (${loaded.toLocaleString()} of ${total.toLocaleString()} so far). Filters, tags and search include them all once they are in.`,
  olderProblem: (problem: string) =>
    `Some of your older entries could not be opened just now. ${problem} Waypoint keeps trying; nothing has been changed or lost.`,
  showMoreInDay: (n: number) => `Show ${n.toLocaleString()} more from this day`,
  shownInDay: (shown: number, total: number) =>
    `Showing ${shown.toLocaleString()} of ${total.toLocaleString()} entries from this day`,
  shownCount: (days: number, total: number) =>
    `Showing ${days.toLocaleString()} of ${total.toLocaleString()} days`,
  mood: (n: number) => `Mood ${n}/10`,
  pinnedMark: 'Pinned',
  sharedMark: 'Shared with therapist',
  tagsMark: (tags: string[]) => `Tags: ${tags.join(', ')}`,
  linksMark: (n: number) => (n === 1 ? '1 link' : `${n} links`),

  filters: 'Filter entries',
  tagFilter: 'Tag',
  anyTag: 'Any tag',
  moodFrom: 'Mood from',
  moodTo: 'Mood to',
  anyMood: 'Any',
  dateFrom: 'From',
  dateTo: 'To',
  goalFilter: 'Linked goal',
  anyGoal: 'Any goal',
  clearFilters: 'Clear filters',
  noMatch: 'No entries match these filters.',
  matchCount: (n: number) => (n === 1 ? '1 entry' : `${n.toLocaleString()} entries`),

  calendarGrid: (month: string) => `Entries in ${month}`,
  prevMonth: 'Previous month',
  nextMonth: 'Next month',
  thisMonth: 'This month',
  calendarHint:
    'Arrow keys move between days, Page Up and Page Down between months, Enter shows that day.',
  dayCell: (day: string, count: number, mood: number | null) =>
    `${day}: ${count === 0 ? 'no entries' : count === 1 ? '1 entry' : `${count} entries`}${
      mood === null ? '' : `, mood ${mood}`
    }`,
  entriesCount: (n: number) => (n === 1 ? '1 entry' : `${n} entries`),
  dayFilter: (day: string) => `Showing ${day}`,
  legendCount: 'number of entries ·',
  legendMood: 'mood that day (1–10, average)',

  trashIntro: (days: number) =>
    `Entries stay here for ${days} days after you delete them, then they are deleted for good.`,
  trashEmpty: 'The trash is empty.',
  trashList: 'Entries in the trash',
  deletedOn: (date: string) => `Deleted ${date}`,
  daysLeft: (n: number) => (n <= 0 ? 'Deleted today' : n === 1 ? '1 day left' : `${n} days left`),
  restore: 'Restore',
  restoreNamed: (title: string) => `Restore “${title}”`,
  purge: 'Delete forever',
  purgeNamed: (title: string) => `Delete “${title}” forever`,
  purgeTitle: 'Delete this entry forever?',
  purgeBody: (title: string) =>
    `“${title}” will be deleted for good. It can't be restored after this.`,
  purgeConfirm: 'Delete forever',
  restored: (title: string) => `“${title}” is back in your journal.`,
  trashShown: (shown: number, total: number) =>
    `Showing ${shown.toLocaleString()} of ${total.toLocaleString()} entries in the trash`,
  trashShowMore: 'Show more',

  fromPrompt: 'New entry from a prompt or template',
  promptTitle: 'Start from a prompt or template',
  promptIntro:
    'A prompt becomes the first heading of a new entry; a template of yours is copied in. Write as much or as little as you like.',
  promptList: 'Prompts',
} as const;
