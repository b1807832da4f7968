/** Every word the Check-ins feature shows. Warm and plain; self-report, never a diagnosis. */

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** One decimal at most ("6.5", "7"). */
export const num = (n: number): string =>
  (Math.round(n * 10) / 10).toLocaleString(undefined, { maximumFractionDigits: 1 });

export const checkinStrings = {
  title: 'Check-ins',
  intro:
    'A quick note of how you are, and now and then a short questionnaire, so you and your therapist can see how things change over time.',
  loading: 'Loading your check-ins…',
  loadFailed: "Your check-ins couldn't be loaded just now.",
  back: 'Back to check-ins',

  // ---- today
  todayHeading: 'How are you today?',
  doneToday: (mood: number, label: string) => `Done today: mood ${mood} — ${label}.`,
  doneTodayMore: (n: number) =>
    n > 1 ? `You have checked in ${n} times today.` : 'Thank you for checking in.',
  editToday: "Edit today's check-in",
  addAnother: 'Add another check-in',
  saved: 'Check-in saved.',
  deleted: 'Check-in deleted.',

  // ---- the check-in form
  formLabel: 'Mood check-in',
  editHeading: 'Edit check-in',
  newHeading: 'New check-in',
  moodLegend: 'Mood, from 1 (very low) to 10 (great)',
  moodOption: (mood: number, label: string) => `${mood} ${label}`,
  moodRequired: 'Choose a mood from 1 to 10 first.',
  emotionsLegend: 'Words for how you feel (optional)',
  emotionWords: [
    'Calm',
    'Content',
    'Hopeful',
    'Grateful',
    'Proud',
    'Tired',
    'Anxious',
    'Sad',
    'Irritable',
    'Lonely',
    'Overwhelmed',
    'Numb',
  ],
  ownWord: 'Your own word',
  addWord: 'Add word',
  tooManyWords: 'Up to 12 words.',
  date: 'Date',
  sleep: 'Sleep last night (hours, optional)',
  energy: 'Energy, 0 to 10 (optional)',
  anxiety: 'Anxiety, 0 to 10 (optional)',
  note: 'Note (optional)',
  ratingError: 'Use a whole number from 0 to 10, or leave it empty.',
  sleepError: 'Use a number of hours from 0 to 24, or leave it empty.',
  trackersLegend: 'Your trackers',
  trackerRating: (name: string) => `${name}, 0 to 10 (optional)`,
  yes: 'Yes',
  no: 'No',
  notRecorded: 'Not recorded',
  save: 'Save check-in',
  saving: 'Saving…',
  cancel: 'Cancel',

  // ---- Home
  homeTitle: "Today's check-in",
  homePrompt: 'How are you right now? One click is enough.',
  homeMoodGroup: 'Your mood right now, from 1 (very low) to 10 (great)',
  homeDone: (mood: number, label: string) => `Done today ✓ Mood ${mood} — ${label}.`,
  homeSaved: (mood: number, label: string) => `Saved: mood ${mood} — ${label}.`,
  homeAddDetails: 'Add details',
  homeGoTo: 'Go to Check-ins',
  due: {
    never: (everyDays: number) =>
      `PHQ-9 and GAD-7: whenever you are ready (suggested every ${everyDays} days).`,
    due: (name: string) => `${name} is due.`,
    inDays: (name: string, days: number) => `${name} in ${days} ${plural(days, 'day', 'days')}.`,
    notYet: (name: string) => `${name}: not taken yet.`,
  },

  // ---- questionnaires
  measuresHeading: 'Questionnaires',
  measuresIntro:
    'Two short, widely used questionnaires about the last two weeks. Your answers are a self-report to discuss with your therapist, not a diagnosis.',
  about: {
    phq9: 'Nine questions about mood, sleep, energy and interest in things.',
    gad7: 'Seven questions about worry and feeling on edge.',
  },
  lastTaken: (date: string, score: number, max: number, band: string) =>
    `Last: ${date} — ${score} of ${max} (${band}).`,
  neverTaken: 'Not taken yet.',
  start: (name: string) => `Start ${name}`,
  beginNow: 'Begin',
  phq9SummaryNotice:
    'Before you start: if you later include this questionnaire in a summary for your therapist, the summary shows your answer to question 9 (about thoughts of being better off dead or of hurting yourself). You choose what goes into a summary, and you can leave questionnaires out.',
  selfReport: 'This is a self-report to discuss with your therapist, not a diagnosis.',
  question: (n: number) => `Question ${n}`,
  submit: 'See my score',
  unanswered: (numbers: number[]) =>
    numbers.length === 1
      ? `Please answer question ${numbers[0]} too.`
      : `Please answer questions ${numbers.join(', ')} too.`,
  difficultyOptional: '(optional)',
  resultHeading: (name: string) => `Your ${name} result`,
  total: (score: number, max: number) => `${score} of ${max}`,
  totalLabel: 'Total',
  bandLabel: 'Range',
  band: (band: string) => `${band} range`,
  changeLabel: 'Since last time',
  change: (change: number | null) =>
    change === null
      ? 'This is your first one.'
      : change === 0
        ? 'The same as last time.'
        : change < 0
          ? `${Math.abs(change)} ${plural(Math.abs(change), 'point', 'points')} lower than last time.`
          : `${change} ${plural(change, 'point', 'points')} higher than last time.`,
  takenOn: (date: string) => `Taken on ${date}.`,
  sourceLabel: 'Source',

  // ---- the item-9 notice
  safety: {
    heading: 'Please reach out now',
    alert:
      'Thank you for answering honestly. Thoughts like these deserve support. If you feel you might act on them, please contact a crisis line or emergency services now.',
    therapist:
      'Please tell your therapist about this answer too — at your next session, or sooner if you can.',
  },

  // ---- trends
  trendsHeading: 'Trends',
  periodLegend: 'Period shown',
  periodOption: { weeks4: '4 weeks', months3: '3 months', year: 'A year', all: 'All' },
  /** How a period reads inside a sentence ("Mood over the last 4 weeks"). */
  periodPhrase: {
    weeks4: 'the last 4 weeks',
    months3: 'the last 3 months',
    year: 'the last year',
    all: 'all your check-ins',
  },
  moodChartHeading: 'Mood over time',
  chartEmpty: (phrase: string) => `No check-ins in ${phrase} yet.`,
  chartSummary: (phrase: string, withMood: number, avg: string, low: string, high: string) =>
    `Mood over ${phrase}: ${withMood} ${plural(withMood, 'day', 'days')} with a check-in, average ${avg} out of 10, lowest ${low}, highest ${high}.`,
  chartLatest: (date: string, mood: string) => `Latest: ${mood} on ${date}.`,
  chartPoint: (date: string, mood: string) => `${date}: mood ${mood}`,
  chartTableCaption: 'Mood by day',
  chartAverageLine: '7-day average',
  chartDailyPoints: 'Daily mood (number shown on each point)',
  chartDailyPointsNoNumbers: 'Daily mood',
  colDate: 'Date',
  colMood: 'Mood',
  colAverage: '7-day average',
  weeklyHeading: 'Average mood per week',
  trackerChartsHeading: 'Your trackers over time',
  trackerChartEmpty: (name: string, phrase: string) => `${name}: nothing recorded in ${phrase}.`,
  ratingSummary: (
    name: string,
    phrase: string,
    n: number,
    avg: string,
    low: string,
    high: string,
  ) =>
    `${name}, 0 to 10, over ${phrase}: ${n} ${plural(n, 'day', 'days')} recorded, average ${avg}, lowest ${low}, highest ${high}.`,
  ratingPoint: (date: string, value: string) => `${date}: ${value} out of 10`,
  yesnoSummary: (name: string, phrase: string, yes: number, recorded: number) =>
    `${name}, yes or no, over ${phrase}: yes on ${yes} of ${recorded} recorded ${plural(recorded, 'day', 'days')}.`,
  yesnoWeek: (week: string, yes: number, recorded: number) =>
    `Week of ${week}: yes on ${yes} of ${recorded} recorded ${plural(recorded, 'day', 'days')}`,
  yesnoLegend: 'Bars: days with “yes” each week (number above each bar)',
  ratingLegend: 'Value per day, 0 to 10',
  trackerTableCaption: (name: string) => `${name} by day`,
  trackerWeekTableCaption: (name: string) => `${name}, yes-days by week`,
  colValue: 'Value',
  colWeek: 'Week of',
  colYesDays: 'Days with yes',
  colRecordedDays: 'Days recorded',
  measureChartsHeading: 'Questionnaire totals',
  measureChartHeading: (name: string) => `${name} totals over time`,
  measureChartEmpty: (name: string, phrase: string) => `No ${name} in ${phrase}.`,
  measureSummary: (
    name: string,
    phrase: string,
    n: number,
    max: number,
    latest: number,
    band: string,
    date: string,
  ) =>
    `${name} totals (0 to ${max}) over ${phrase}: ${n} ${plural(n, 'questionnaire', 'questionnaires')}. Latest: ${latest} on ${date}, ${band} range. Shaded bands mark the ranges, labelled on the right.`,
  measurePoint: (date: string, score: number, band: string) => `${date}: ${score} (${band})`,
  measureTableCaption: (name: string) => `${name} totals by date`,

  weekOf: (date: string) => `Week of ${date}`,
  weekAverage: (avg: string, n: number) =>
    `${avg} out of 10 (${n} ${plural(n, 'check-in', 'check-ins')})`,
  weeklyEmpty: 'No weeks to show yet.',
  scoresHeading: (name: string) => `${name} history`,
  scoresEmpty: (name: string) => `No ${name} yet.`,
  colScore: 'Score',
  colBand: 'Range',
  colChange: 'Change',
  colActions: 'Actions',
  changeShort: (change: number | null) =>
    change === null ? '—' : change > 0 ? `+${change}` : String(change),
  item9Answered: 'Question 9 answered above 0',
  deleteMeasure: (name: string, date: string) => `Delete ${name} of ${date}`,
  deleteMeasureTitle: 'Delete this questionnaire?',
  deleteMeasureBody: 'It will be removed from your history and from future summaries.',

  // ---- the list
  listHeading: 'Your check-ins',
  listEmpty: 'No check-ins yet. The first one takes a few seconds.',
  showMore: 'Show more',
  fromEntry: 'From a journal entry',
  sleepShort: (h: number) => `Sleep ${num(h)} h`,
  energyShort: (n: number) => `Energy ${n}/10`,
  anxietyShort: (n: number) => `Anxiety ${n}/10`,
  edit: 'Edit',
  editLabel: (date: string) => `Edit check-in of ${date}`,
  delete: 'Delete',
  deleteLabel: (date: string) => `Delete check-in of ${date}`,
  deleteTitle: 'Delete this check-in?',
  deleteBody: 'It will be removed from your mood history. This cannot be undone.',
  confirmDelete: 'Delete',
  notFound: 'That check-in no longer exists.',

  // ---- trackers
  trackersHeading: 'Your trackers',
  trackersIntro:
    'Anything else you would like to follow, like pain, a walk or medication taken. Trackers appear in each check-in.',
  trackersEmpty: 'No trackers yet.',
  trackerName: 'Tracker name',
  trackerScale: 'Scale',
  scales: { rating: '0 to 10', yesno: 'Yes or no' },
  addTracker: 'Add tracker',
  trackerAdded: (name: string) => `Tracker “${name}” added.`,
  archive: (name: string) => `Stop tracking ${name}`,
  unarchive: (name: string) => `Track ${name} again`,
  archived: '(not tracking)',
  stopTracking: 'Stop tracking',
  trackAgain: 'Track again',
} as const;
