import type { ThoughtStep } from '../../../../shared/thoughtRecords';

/** Every user-visible string of the thought records feature. Warm, plain, never diagnostic. */

const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0');

export const thoughtStrings = {
  pageTitle: 'Thought records',
  intro:
    'When a thought weighs on you, slow it down: write what happened, what you felt and thought, then look at the evidence and find a kinder, more balanced view.',
  tabs: { label: 'Thought records views', records: 'Records', insights: 'Insights' },
  newRecord: 'New thought record',
  loading: 'Loading your thought records…',
  loadFailed: 'Your thought records could not be loaded.',
  retry: 'Try again',
  notFound: 'That thought record no longer exists. It may have been deleted.',
  backToList: 'Back to thought records',

  // ---- list
  listHeading: 'Your records',
  empty:
    'No thought records yet. The next time a thought hits hard, try writing one — it takes about ten minutes, and you can stop and come back at any step.',
  noMatches: 'No records match these filters.',
  filters: {
    legend: 'Show records',
    trap: 'Thinking trap',
    tag: 'Tag',
    goal: 'Linked goal',
    period: 'Period',
    any: 'Any',
    clear: 'Clear filters',
  },
  periods: {
    all: 'All time',
    week: 'Last 7 days',
    month: 'Last 30 days',
    quarter: 'Last 3 months',
    year: 'Last 12 months',
  },
  count: (shown: number, total: number) =>
    shown === total
      ? `${total} ${total === 1 ? 'record' : 'records'}`
      : `${shown} of ${total} records`,
  draft: 'Draft',
  complete: 'Complete',
  draftStep: (step: number, total: number) => `Draft — stopped at step ${step} of ${total}`,
  noHotThought: 'No hot thought picked yet',
  untitledSituation: 'No situation written yet',
  trapsLabel: 'Traps:',
  /** "Emotions 80 → 40 (−40)" — numbers and arrows, not colour alone. */
  changeLine: (label: string, before: number, after: number) =>
    `${label} ${Math.round(before)} → ${Math.round(after)} (${signed(Math.round(after - before))})`,
  changeEmotions: 'Emotions',
  changeBelief: 'Belief',
  notRerated: 'not re-rated yet',

  // ---- flow
  flowHeading: 'Thought record',
  stepsLabel: 'Steps',
  stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
  back: 'Back',
  next: 'Next',
  saveDraft: 'Save draft',
  saveChanges: 'Save changes',
  savedChanges: 'Saved',
  finish: 'Finish record',
  close: 'Close',
  saved: 'Draft saved',
  saving: 'Saving…',
  notSavedYet: 'Not saved yet',
  saveFailed: (message: string) => `Couldn't save: ${message}`,
  finished: 'Record finished and saved.',
  goToThoughts: 'Go to the thoughts step',
  hotSummaryLabel: 'The thought you are looking at',
  hotSummary: (belief: number) => `Believed ${belief}% at the time`,
  steps: {
    situation: {
      title: 'Situation',
      hint: 'What happened? Who was there, when and where? Stick to what a camera would have seen.',
    },
    emotions: {
      title: 'Emotions',
      hint: 'Name what you felt — there is often more than one feeling — and how strong each was, from 0 (not at all) to 100 (the most you can imagine).',
    },
    thoughts: {
      title: 'Automatic thoughts',
      hint: 'What went through your mind? Write each thought as it came. Then pick the hot thought: the one that carries the most feeling.',
    },
    traps: {
      title: 'Thinking traps',
      hint: 'Do any of these patterns show up in the hot thought? Tick any that fit — there are no wrong answers.',
    },
    evidenceFor: {
      title: 'Evidence for',
      hint: 'What facts support the hot thought? Try to list things that actually happened, not feelings or guesses.',
    },
    evidenceAgainst: {
      title: 'Evidence against',
      hint: "What doesn't fit the hot thought? Anything that suggests it isn't the whole truth?",
    },
    balanced: {
      title: 'Balanced thought',
      hint: 'Holding all the evidence together, how else could you see it? Aim for fair, not falsely cheerful.',
    },
    rerate: {
      title: 'Re-rate',
      hint: 'Now that you have worked through it, how strong is each feeling, and how much do you still believe the hot thought? Any change counts, even none.',
    },
    action: {
      title: 'Action and outcome',
      hint: 'Optional: is there a small step you could take, and how did it go? You can also add tags and link a goal.',
    },
  } satisfies Record<ThoughtStep, { title: string; hint: string }>,

  date: 'Date',
  situation: 'What happened',
  emotionsPick: 'Pick an emotion',
  emotionCustom: 'Or type another emotion',
  emotionAdd: 'Add',
  emotionEmpty: 'No emotions added yet. Pick one above or type your own.',
  emotionExists: 'That emotion is already on the list.',
  emotionIntensity: (name: string) => `${name} — intensity`,
  remove: 'Remove',
  removeNamed: (name: string) => `Remove ${name}`,
  commonEmotions: [
    'Anxious',
    'Sad',
    'Angry',
    'Ashamed',
    'Guilty',
    'Lonely',
    'Frustrated',
    'Hurt',
    'Embarrassed',
    'Scared',
    'Hopeless',
    'Jealous',
  ],

  thoughtLabel: (n: number) => `Thought ${n}`,
  thoughtBelief: (n: number) => `Thought ${n} — how much I believe it (%)`,
  hotRadio: 'This is the hot thought',
  addThought: 'Add a thought',
  thoughtsEmpty: 'No thoughts written yet.',
  hotNeeded: 'Pick one hot thought to look at in the next steps.',

  trapExample: 'Example',
  trapYours: 'Your trap',
  trapRemove: (name: string) => `Remove the trap “${name}”`,
  trapRemoveTitle: 'Remove this trap?',
  trapRemoveBody: (name: string) =>
    `“${name}” will be taken off the list and off any records that use it. The built-in traps always stay.`,
  trapRemoveConfirm: 'Remove trap',
  cancel: 'Cancel',
  addTrapHeading: 'Add a trap of your own',
  addTrapName: 'Name',
  addTrapDescription: 'What it does (one line)',
  addTrap: 'Add trap',

  promptsLabel: 'Questions that can help',
  promptsFor: [
    'What happened that really does point this way?',
    'Would someone who saw it from outside agree with each point?',
  ],
  promptsAgainst: [
    'If a friend had this thought, what would you say to them?',
    "Is there anything you'd notice if you weren't feeling this way right now?",
    'Have there been times when this thought turned out not to be true?',
    'Are you leaving out anything that went well, or anything you handled?',
  ],
  evidenceFor: 'Evidence for the hot thought',
  evidenceAgainst: 'Evidence against the hot thought',
  balancedThought: 'A more balanced thought',
  balancedBelief: 'How much I believe the balanced thought (%)',
  rerateEmotion: (name: string) => `${name} — intensity now`,
  rerateWas: (before: number) => `It was ${before} before.`,
  rerateHot: 'How much I believe the hot thought now (%)',
  rerateHotWas: (before: number) => `It was ${before}% before.`,
  rerateNoEmotions: 'No emotions to re-rate — you can add them in step 2.',
  notRatedYet: 'not rated yet',
  action: 'A step I could take (optional)',
  outcome: 'How it went (optional)',
  tags: 'Tags (optional, separated by commas)',
  goals: 'Link to a goal (optional)',
  noGoals: 'No goals yet.',

  textCount: (length: number, max: number) =>
    `${length.toLocaleString()} of ${max.toLocaleString()} characters`,

  // ---- full view
  viewHeading: 'Thought record',
  edit: 'Edit',
  editStep: (title: string) => `Edit ${title.toLowerCase()}`,
  resume: 'Continue where I stopped',
  deleteRecord: 'Delete record',
  deleteTitle: 'Delete this thought record?',
  deleteBody: 'It will be removed for good. Journal entries that linked to it stay as they are.',
  deleteConfirm: 'Delete',
  nothingWritten: 'Nothing written.',
  believed: (n: number) => `believed ${n}%`,
  balancedBelieved: (n: number) => `believed ${n}%`,
  hotMarker: 'Hot thought',
  linkedEntries: 'Entries linked to this record',
  goalRecordsHeading: 'Thought records',
  goalRecordsEmpty: 'No thought records for this goal yet.',
  goalRecordLabel: (date: string, about: string) =>
    about === '' ? `Thought record of ${date}` : `${date}: ${about}`,
  noLinkedEntries: 'No journal entries link to this record yet.',
  linkedGoals: 'Linked goals',
  goalGone: 'A goal that was deleted',

  // ---- insights
  insightsHeading: 'Insights',
  insightsPeriod: 'Period',
  insightPeriods: {
    month: 'Last 4 weeks',
    quarter: 'Last 3 months',
    year: 'Last 12 months',
    all: 'All time',
  },
  insightsNote:
    'These figures count finished records. Drafts show only in “records over time”, drawn as outlined bars.',
  insightsEmpty: 'No finished records in this period yet. Insights appear as you complete records.',
  overTime: 'Records over time',
  overTimeAlt: (complete: number, drafts: number, buckets: number, unit: 'week' | 'month') =>
    `${complete} finished ${complete === 1 ? 'record' : 'records'} and ${drafts} ${drafts === 1 ? 'draft' : 'drafts'} over ${buckets} ${unit === 'week' ? (buckets === 1 ? 'week' : 'weeks') : buckets === 1 ? 'month' : 'months'}.`,
  legendComplete: 'Finished (filled bar)',
  legendDrafts: 'Drafts (outlined bar)',
  weekOf: (label: string) => `Week of ${label}`,
  topTraps: 'Most frequent thinking traps',
  topTrapsEmpty: 'No traps were ticked in this period.',
  inRecords: (n: number) => `${n} ${n === 1 ? 'record' : 'records'}`,
  changeHeading: 'Change from before to after',
  avgEmotion: 'Emotion intensity',
  avgBelief: 'Belief in the hot thought',
  avgValue: (n: number | null) =>
    n === null ? 'Not re-rated yet' : `${signed(Math.round(n))} points`,
  avgCaption: 'on average per record',
  changeOverTime: 'Change over time',
  perRecord: 'Change per record',
  colPeriod: 'Period',
  colDate: 'Date',
  colThought: 'Hot thought',
  colRecords: 'Records',
  colEmotion: 'Emotions',
  colBelief: 'Belief',
  dash: '—',
  signed,
  recurring: 'What comes back',
  recurringWords: 'Words that recur in situations',
  recurringWordsEmpty: 'No word comes up in more than one situation yet.',
  recurringTags: 'Tags',
  recurringTagsEmpty: 'No tags on records in this period.',
} as const;
