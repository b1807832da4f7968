export const conflictStrings = {
  notice: (count: number) =>
    count === 1
      ? 'Your journal was also changed somewhere else (another computer or a sync app), and one thing was changed in both places. Waypoint kept both versions so you can choose.'
      : `Your journal was also changed somewhere else (another computer or a sync app), and ${String(count)} things were changed in both places. Waypoint kept both versions so you can choose.`,
  review: 'Choose versions',
  title: 'Changed in two places',
  intro:
    'For each one, choose which version to keep. Nothing is removed until you choose, and you can leave this for later.',
  mine: 'On this computer',
  theirs: 'The other version',
  deleted: 'Deleted here.',
  untitled: 'Untitled',
  noText: 'No text.',
  savedAt: (when: string) => `Saved ${when}`,
  keepMine: 'Keep this one',
  keepTheirs: 'Keep the other one',
  keepBoth: 'Keep both',
  choicesFor: (name: string) => `Which version of “${name}”?`,
  bothHint: 'Keep both adds the other version as a new entry beside this one.',
  kept: {
    mine: 'Kept the version on this computer.',
    theirs: 'Kept the other version.',
    both: 'Kept both: the other version is now its own entry.',
  },
  allDone: 'All settled. Thank you.',
  close: 'Close',
  types: {
    entry: 'Journal entry',
    goals: 'Goal',
    plans: 'Plan',
    thoughts: 'Thought record',
    traps: 'Thinking trap',
    checkins: 'Check-in',
    trackers: 'Tracker',
    measures: 'Questionnaire',
    sessions: 'Session',
    agenda: 'Agenda item',
    settings: 'Settings',
  } as Record<string, string>,
  otherType: 'Other record',
} as const;
