import type { OBSTACLE_KINDS, Used } from '../../../../shared/obstaclePlans';

type Kind = (typeof OBSTACLE_KINDS)[number];

const times = (n: number): string => (n === 1 ? '1 time' : `${n} times`);

/** Every string of the Plans section (and its Home card), in one place. */
export const planStrings = {
  title: 'Plans',
  intro:
    'Plan ahead for the moments that get in the way. Each time one comes up, note whether the plan helped, and over time you will see which plans work for you.',
  newWoop: 'Plan for an obstacle',
  showArchived: 'Show archived obstacles',
  loadFailed: "Your plans couldn't be loaded just now.",
  emptyHeading: 'No plans yet',
  emptyBody:
    'Start with something you want, picture how good it would be, name what usually gets in the way, and decide what you will do when it shows up.',
  notTiedToGoal: 'Not tied to a goal',
  goalGroup: (title: string) => `Goal: ${title}`,
  unknownGoal: 'A goal that no longer exists',

  kinds: {
    feeling: 'A feeling',
    belief: 'A belief',
    habit: 'A habit',
    other: 'Something else',
  } satisfies Record<Kind, string>,

  // ---------- card
  wishLabel: 'Wish',
  outcomeLabel: 'Best outcome',
  plansHeading: 'If-then plans',
  noLivePlans: 'No if-then plans yet. Edit to add one.',
  cameUp: 'It came up',
  cameUpFor: (sentence: string) => `It came up: ${sentence}`,
  cameUpNoPlan: 'It came up (no specific plan)',
  cameUpNoPlanFor: (obstacle: string) => `It came up (no specific plan): ${obstacle}`,
  edit: 'Edit',
  editFor: (obstacle: string) => `Edit: ${obstacle}`,
  archive: 'Archive',
  archiveFor: (obstacle: string) => `Archive: ${obstacle}`,
  restore: 'Restore',
  restoreFor: (obstacle: string) => `Restore: ${obstacle}`,
  archivedBadge: 'Archived',
  archivedNote: 'Archived. Its plans and log are kept.',
  moveUp: 'Move up',
  moveDown: 'Move down',
  moveUpFor: (obstacle: string) => `Move up: ${obstacle}`,
  moveDownFor: (obstacle: string) => `Move down: ${obstacle}`,
  movedUp: (obstacle: string) => `Moved up: ${obstacle}`,
  movedDown: (obstacle: string) => `Moved down: ${obstacle}`,
  archived: (obstacle: string) => `Archived: ${obstacle}. Its history is kept.`,
  restored: (obstacle: string) => `Restored: ${obstacle}`,
  logged: 'Noted. Thank you for keeping track.',
  deleted: 'Log item deleted.',

  // ---------- figures
  figuresLabel: (sentence: string) => `How this plan has gone: ${sentence}`,
  notYet: 'Not come up yet. When it does, press “It came up” to note how it went.',
  cameUpTimes: (n: number) => `Came up ${times(n)}`,
  followThrough: (percent: number) => `Followed through ${percent} %`,
  followThroughHint: '(partly counts as half)',
  outcomeUsed: (avg: number) => `When used: went ${avg} of 5 on average`,
  outcomeUsedNone: 'When used: no times yet',
  outcomeNotUsed: (avg: number) => `When not used: ${avg} of 5`,
  outcomeNotUsedNone: 'When not used: no times yet',
  timelineLabel: 'Each time it came up, oldest first',
  timelineItem: (date: string, used: string, outcome: number) =>
    `${date}: ${used}, went ${outcome} of 5`,

  // ---------- log
  logHeading: (n: number) => (n === 1 ? 'Log (1 time)' : `Log (${n} times)`),
  logEmpty: 'Nothing logged yet.',
  logNoPlan: 'No specific plan',
  logItem: (used: string, outcome: number) => `${used} · went ${outcome} of 5`,
  deleteLog: 'Delete',
  deleteLogFor: (date: string) => `Delete the log item from ${date}`,

  used: {
    yes: 'Used the plan',
    partly: 'Partly used it',
    no: "Didn't use it",
  } satisfies Record<Used, string>,
  usedSymbol: { yes: '✓', partly: '◐', no: '✗' } satisfies Record<Used, string>,

  // ---------- log dialog
  logTitle: 'It came up',
  logIntro: 'Thank you for noticing. Whatever happened, it is worth writing down.',
  logFor: (sentence: string) => `Plan: ${sentence}`,
  logForObstacle: (obstacle: string) => `Obstacle: ${obstacle}`,
  dateLabel: 'When',
  usedLegend: 'Did I use the plan?',
  usedLegendNoPlan: 'Did I use a plan?',
  usedChoices: { yes: 'Yes', partly: 'Partly', no: 'No' } satisfies Record<Used, string>,
  outcomeLegend: 'How did it go?',
  outcomeChoices: ['1 — badly', '2', '3 — so-so', '4', '5 — very well'] as const,
  noteLabel: 'Note (optional)',
  whichPlan: 'Which plan was it about?',
  chooseUsed: 'Choose yes, partly or no.',
  chooseOutcome: 'Choose how it went, 1 to 5.',
  saveLog: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',

  // ---------- WOOP form
  newHeading: 'Plan for an obstacle',
  editHeading: 'Edit your plan',
  woopIntro:
    'Four short steps: what you wish for, the best outcome, what gets in the way, and your plan for when it does.',
  goalLabel: 'Goal (optional)',
  noGoal: 'No goal — just this plan',
  wishHeading: 'Wish',
  wishLabel2: 'What do you wish for?',
  wishHint:
    'Something you want that is challenging but possible. Taken from the goal when you pick one.',
  outcomeHeading: 'Outcome',
  outcomeLabel2: 'What would be the best result?',
  outcomeHint:
    'Take a moment to picture it. How would it feel, and what would be different? There is no wrong answer.',
  obstacleHeading: 'Obstacle',
  obstacleLabel: 'What inside you tends to get in the way?',
  obstacleHint:
    'The main inner obstacle: a feeling, a belief or a habit — something you can notice in yourself, rather than other people or bad luck.',
  kindLabel: 'It is mostly',
  planHeading: 'Plan',
  planHint: 'When the obstacle shows up, what will you do? Write it as “If …, then I will …”.',
  planLegend: (n: number) => `If-then plan ${n}`,
  cueLabel: 'If …',
  responseLabel: 'then I will …',
  cuePlaceholder: 'I notice I am putting it off after dinner',
  responsePlaceholder: 'put my shoes on and walk to the corner',
  preview: 'Reads as',
  addPlan: 'Add another plan',
  removePlan: (n: number) => `Remove plan ${n}`,
  obstacleMissing: 'Name the obstacle — the feeling, belief or habit that gets in the way.',
  halfMissing:
    'Each plan needs both halves: the moment (“If …”) and what you will do (“then I will …”).',
  saveWoop: 'Save plan',
  cancelWoop: 'Cancel',
  saved: 'Your plan is saved.',

  // ---------- thought record link
  challenge: 'Challenge this belief',
  challenging: 'Opening a thought record…',
  thoughtLinks: 'Thought records',
  openThoughtRecord: (n: number) => `Open thought record ${n}`,
  linkedObstacles: 'Opened from an obstacle plan',
  goalObstaclesHeading: 'Obstacle plans',
  goalObstaclesEmpty: 'No obstacle plans for this goal yet.',
  openObstacle: (obstacle: string) => `Open the plan for: ${obstacle}`,
  linkedEntries: 'Entries that link to this plan',
  noLinkedEntries: 'No journal entries link to this plan yet.',
  fromEntry: 'From a journal entry',
  openEntryFor: (date: string) => `Open the journal entry logged on ${date}`,

  // ---------- Home card
  homeTitle: 'If-then plans to rehearse',
  homeIntro: 'Run through them once in your head: the moment, then what you will do.',
  homeNone: 'No plans for your active goals yet.',
  homeMore: (n: number) =>
    n === 1 ? 'and 1 more on the Plans page' : `and ${n} more on the Plans page`,
  homeGoTo: 'Go to Plans',
  deleteLogTitle: 'Delete this log item?',
  deleteLogBody: 'It will be removed from this log and its figures. This cannot be undone.',
} as const;
