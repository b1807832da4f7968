import type { GoalStatus, Rhythm } from '../../../../shared/goals';
import type { Trend } from '../../../../shared/goalProgress';
import type { SmartLetter } from '../../../../shared/smartCheck';

/** Every word the Goals feature shows. Warm and plain; no judgement, no diagnosis. */

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** Up to two decimals, without trailing zeros ("2.5", "3", "0.33"). */
export const num = (n: number): string =>
  (Math.round(n * 100) / 100).toLocaleString(undefined, { maximumFractionDigits: 2 });

/** Paces are estimates: one decimal is honest enough ("3.4", "5"). */
const pace1 = (n: number): string =>
  (Math.round(n * 10) / 10).toLocaleString(undefined, { maximumFractionDigits: 1 });

export const goalStrings = {
  title: 'Goals',
  newGoal: 'New goal',
  loading: 'Loading your goals…',
  loadFailed: "Your goals couldn't be loaded just now.",
  intro:
    'Small, specific goals you set for yourself, and how they are going. Check in when it suits you.',
  emptyHeading: 'No goals yet',
  emptyBody:
    'A goal can be as small as "walk 20 minutes after work, three times a week". Start with one that matters to you.',

  sections: {
    active: 'Active goals',
    achieved: 'Recently achieved',
    paused: 'Paused',
    letGo: 'Let go',
  },
  sectionHints: {
    letGo: 'Letting a goal go is a real outcome too. Their history stays here.',
    paused: 'Resting for now. Pick them up again whenever you like.',
  },
  noActive: 'No active goals right now.',
  achievedEarlier: (n: number) => `Achieved earlier (${n})`,

  statusNames: {
    active: 'Active',
    paused: 'Paused',
    achieved: 'Achieved',
    letGo: 'Let go',
  } satisfies Record<GoalStatus, string>,

  rhythms: {
    weekly: 'Every week',
    fortnightly: 'Every two weeks',
    monthly: 'Every month',
  } satisfies Record<Rhythm, string>,

  smartBadge: (score: number) => `SMART ${score}/5`,
  smartBadgeLabel: (score: number) => `SMART check: ${score} of 5`,
  checkinDue: 'Check-in due',
  settingUp: (step: number, total: number) => `Setting up: step ${step} of ${total}`,
  continueSetup: 'Continue setting up',
  continueSetupAria: (title: string, where: string) => `Continue setting up: ${title} (${where})`,

  progress: (percent: number | null) =>
    percent === null ? 'Progress not measured yet' : `${percent}% of the way`,
  progressLabel: (title: string) => `Progress on ${title}`,
  latest: (value: string, baseline: string, target: string) =>
    `Now ${value} · started at ${baseline} · aiming for ${target}`,
  achievedOn: (date: string) => `Achieved on ${date}`,
  letGoOn: (date: string) => `Let go on ${date}`,
  pausedOn: (date: string) => `Paused since ${date}`,

  // ---------------------------------------------------------------- check-ins
  quickCheckIn: 'Check in',
  quickCheckInAria: (title: string) => `Check in: ${title}`,
  quickCheckInFor: (title: string) => `Check in on ${title}`,
  checkinValue: (unit: string) => (unit === '' ? 'Value' : `Value (${unit})`),
  checkinValueHabit: (period: 'day' | 'week') =>
    period === 'day' ? 'Did it today? (1 = yes, 0 = not today)' : 'Times this week',
  checkinValueRating: 'Rating, 0 to 10',
  checkinNote: 'Note (optional)',
  checkinDate: 'Date',
  saveCheckin: 'Save check-in',
  savingCheckin: 'Saving…',
  cancel: 'Cancel',
  checkinSaved: (value: string) => `Check-in saved: ${value}.`,
  fromEntry: '(from a journal entry)',
  openCheckinEntry: (date: string) => `Open the journal entry of the check-in on ${date}`,
  notANumber: 'Enter a number, like 3 or 2.5.',
  ratingRange: 'A rating goes from 0 to 10.',
  dateInvalid: 'Enter a real date, like 2026-11-26.',
  dateFuture: 'Check-ins are for today or earlier.',

  // ---------------------------------------------------------------- SMART
  smartHeading: 'SMART check',
  smartScore: (score: number) => `${score} of 5 look ready`,
  smartIntro: 'Suggestions only. You can save at any time.',
  smartOk: 'Looks good',
  smartNeedsWork: 'Could use a little more',
  letterNames: {
    S: 'Specific',
    M: 'Measurable',
    A: 'Achievable',
    R: 'Relevant',
    T: 'Time-bound',
  } satisfies Record<SmartLetter, string>,

  // ---------------------------------------------------------------- guided flow
  flowTitleNew: 'A new goal',
  flowTitleEdit: (title: string) => `Setting up: ${title}`,
  stepOf: (step: number, total: number) => `Step ${step} of ${total}`,
  stepsLabel: 'Steps',
  steps: [
    {
      letter: 'S',
      heading: 'Specific: what will you do?',
      hint: 'Name the goal, then say what exactly you will do — what, where, when or with whom. "Walk 20 minutes after work" is easier to act on than "be healthier".',
    },
    {
      letter: 'M',
      heading: 'Measurable: how will you see progress?',
      hint: 'Choose something you can count or rate, where you are now, and where you would like to be.',
    },
    {
      letter: 'A',
      heading: 'Achievable: what will help?',
      hint: 'Note a first step and anything that helps — a person, a time, a tool. Then rate how sure you feel.',
    },
    {
      letter: 'R',
      heading: 'Relevant: why does it matter?',
      hint: 'In your own words. On the hard days, this is what you will come back to.',
    },
    {
      letter: 'T',
      heading: 'Time-bound: by when?',
      hint: 'A date a few weeks or months ahead, and how often you would like to check in.',
    },
    {
      letter: '✓',
      heading: 'Ready when you are',
      hint: 'Here is your goal. You can change anything later, and the SMART check is only a guide.',
    },
  ] as const,
  back: 'Back',
  next: 'Next',
  skip: 'Skip for now',
  finish: 'Finish',
  finishLater: 'Finish later',
  saving: 'Saving…',
  savedStep: 'Saved.',
  titleFirst: 'A short name is the one thing needed to keep your goal. Everything else can wait.',

  // ---------------------------------------------------------------- fields
  fields: {
    title: 'Goal name',
    titleHint: 'A few words, e.g. "Evening walks".',
    specific: 'What exactly will you do?',
    kind: 'How will you measure it?',
    kinds: {
      number: 'A number with a unit',
      habit: 'A yes/no habit, counted',
      rating: 'A rating from 0 to 10',
    },
    unit: 'Unit',
    unitHint: 'e.g. minutes, times a week, cigarettes a day',
    habitPeriod: 'Count it',
    habitPeriods: { day: 'per day', week: 'per week' },
    baseline: 'Where you are now',
    target: 'Where you would like to be',
    direction: 'Better means',
    directions: { up: 'going up', down: 'going down' },
    steps: 'Steps and resources',
    stepsHint: 'A first step, and what or who will help.',
    confidence: 'How confident are you? (0–10)',
    confidenceHint: 'There is no wrong answer. Below 7 is a cue to make the first step smaller.',
    why: 'Why it matters to you',
    lifeArea: 'Life area (optional)',
    lifeAreaHint: 'e.g. health, work, family, friends, rest',
    targetDate: 'Target date',
    rhythm: 'Check in',
    milestones: 'Milestones',
    milestonesHint: 'Smaller steps on the way. Mark them done as you reach them.',
    milestoneName: (n: number) => `Milestone ${n}`,
    addMilestone: 'Add a milestone',
    removeMilestone: (title: string) => `Remove milestone ${title || '(unnamed)'}`,
    milestoneDone: (title: string) => `Done: ${title || '(unnamed)'}`,
    milestoneDoneDate: (title: string) => `Day done: ${title || '(unnamed)'}`,
    done: 'Done',
  },

  // ---------------------------------------------------------------- edit form
  editTitle: (title: string) => `Edit: ${title}`,
  save: 'Save changes',
  saved: 'Changes saved.',
  fixFields: 'Some fields need a look — see the notes beside them.',
  sameAsBaseline: 'The target is the same as the starting point.',
  dateRange: 'Use a date between 2000 and 2100.',
  confidenceRange: 'Use a whole number from 0 to 10.',
  milestoneNameNeeded: 'Give the step a name.',

  // ---------------------------------------------------------------- goal page
  backToGoals: 'All goals',
  notFoundHeading: 'This goal is no longer here',
  notFoundBody: 'It may have been deleted. Your other goals are on the Goals page.',
  edit: 'Edit goal',
  resumeHeading: 'Not finished setting up',
  resumeBody: (step: number, total: number) =>
    `You stopped at step ${step} of ${total}. Pick up where you left off?`,
  aboutHeading: 'About this goal',
  specificHeading: 'What you will do',
  measureHeading: 'How it is measured',
  measureLine: (baseline: string, target: string, direction: string) =>
    `From ${baseline} to ${target} (better means ${direction})`,
  confidenceHeading: 'Confidence',
  confidenceLine: (n: number) => `${n} out of 10`,
  whyHeading: 'Why it matters',
  stepsHeading: 'Steps and resources',
  lifeArea: (area: string) => `Life area: ${area}`,
  nothingYet: 'Not written yet.',

  statusHeading: 'Status',
  statusNow: (status: string) => `Now: ${status}`,
  changeStatus: 'Change status',
  newStatus: 'New status',
  statusNote: 'A note (optional)',
  statusNoteHint: 'What led to this? It will be kept with the date.',
  saveStatus: 'Save status',
  statusHistory: 'History',
  statusLine: (status: string, date: string) => `${status} — ${date}`,
  statusSaved: (status: string) => `Status changed to ${status}.`,

  figuresHeading: 'How it is going',
  figures: {
    percent: (p: number | null) =>
      p === null
        ? 'Add a starting point and a target to see how far you have come.'
        : `You are ${p}% of the way from your starting point to your target.`,
    paceNow: (pace: number | null, unit: string) =>
      pace === null
        ? 'Your pace shows after two check-ins on different days.'
        : `Lately you have gone ${pace >= 0 ? 'up' : 'down'} by about ${pace1(Math.abs(pace))}${unit ? ` ${unit}` : ''} each week.`,
    paceNeeded: (pace: number | null, unit: string) =>
      pace === null
        ? 'With a target and a future target date, you will see the pace that gets you there.'
        : pace === 0
          ? 'You are at your target. Keeping it there is the work now.'
          : `To reach the target by the date: about ${pace1(Math.abs(pace))}${unit ? ` ${unit}` : ''} ${pace > 0 ? 'up' : 'down'} each week.`,
    trend: (t: Trend | null) =>
      t === null
        ? 'The trend appears after a few check-ins.'
        : {
            improving: 'Recent check-ins are moving toward your target.',
            steady: 'Recent check-ins are holding steady.',
            worsening:
              'Recent check-ins have moved away from your target. That happens — it may be worth a look at what got in the way.',
          }[t],
    since: (days: number | null, due: boolean) =>
      days === null
        ? due
          ? 'No check-ins yet. A check-in is due.'
          : 'No check-ins yet.'
        : `${days === 0 ? 'Last check-in today' : `${days} ${plural(days, 'day', 'days')} since the last check-in`}.${due ? ' A check-in is due.' : ''}`,
    projected: (date: string | null) =>
      date === null
        ? 'There is no projected date at the current pace yet.'
        : `At the current pace you would reach your target around ${date}.`,
  },

  chartHeading: 'Progress chart',
  chartLegend: {
    checkins: 'Check-ins',
    baseline: 'Starting point',
    target: 'Target',
    ideal: 'Steady pace to the target date',
    milestone: 'Milestone done',
  },
  chartAlt: (parts: string[]) => parts.join(' '),
  chartEmpty: 'The chart appears after your first check-in.',
  chartTableCaption: 'Check-ins shown in the chart',
  chartSummary: (count: number, first: string, last: string) =>
    `${count} ${plural(count, 'check-in', 'check-ins')} from ${first} to ${last}.`,
  chartLines: (baseline: string | null, target: string | null) =>
    [
      baseline === null ? '' : `Starting point ${baseline}.`,
      target === null ? '' : `Target ${target}.`,
    ]
      .filter(Boolean)
      .join(' '),
  chartLatest: (value: string) => `Latest ${value}.`,
  chartMilestones: (n: number) =>
    n === 0 ? '' : `${n} ${plural(n, 'milestone', 'milestones')} done.`,

  checkinsHeading: 'Check-ins',
  noCheckins: 'No check-ins yet. The first one sets the chart going.',
  addCheckin: 'Add a check-in',
  deleteCheckin: (date: string, value: string) => `Delete check-in of ${date} (${value})`,
  checkinDeleted: 'Check-in deleted.',
  colDate: 'Date',
  colValue: 'Value',
  colNote: 'Note',

  milestonesHeading: 'Milestones',
  noMilestones: 'No milestones. You can add some in Edit goal.',
  milestoneOpen: 'not yet',
  milestoneDoneOn: (date: string) => `done on ${date}`,

  linksHeading: 'Linked',
  entriesHeading: 'Entries that mention this goal',
  entriesEmpty: 'No entries link to this goal yet. Link one from the journal and it shows here.',
  startHeading: 'From this goal',
  startCheckin: 'Start a check-in',
  planObstacle: 'Plan for an obstacle',
  challengeThought: 'Challenge a thought',

  deleteGoal: 'Delete goal',
  deleteTitle: 'Delete this goal?',
  deleteBody:
    'The goal and all its check-ins will be removed for good. If you would rather keep its history, you can mark it "let go" instead.',
  deleteConfirm: 'Delete for good',

  // ---------------------------------------------------------------- Home card
  homeCardTitle: 'Goals with check-ins due',
  homeNoGoals: 'No goals yet. Set one when it feels useful.',
  homeNoneDue: (n: number) =>
    `${n} active ${plural(n, 'goal', 'goals')}, none waiting for a check-in.`,
  homeGoTo: 'Go to Goals',
} as const;

export function unitSuffix(unit: string): string {
  return unit.trim() === '' ? '' : ` ${unit.trim()}`;
}
