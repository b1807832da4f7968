import type { SituationTag, SkillTag } from '../../../../shared/skills';

const times = (n: number): string => (n === 1 ? '1 time' : `${String(n)} times`);
const signed = (n: number): string => (n > 0 ? `+${String(n)}` : n < 0 ? `−${String(-n)}` : '0');

/** Every string of the Skills section (its Home card and dialogs), in one place. */
export const skillStrings = {
  title: 'Skills',
  intro:
    'Coping skills you can reach for between sessions: a starter set in plain words, and your own. Log a practice in a few seconds, and over time you will see what helps you, and when.',
  loadFailed: "Your skills couldn't be loaded just now.",
  addSkill: 'Add your own skill',
  whatHelps: 'What helps me',
  backToLibrary: 'Back to the library',
  filterLegend: 'Show skills that are',
  allTags: 'All',
  showHidden: 'Show hidden and archived skills',
  noneForTag: 'No skills with this tag yet.',
  builtinBadge: 'Starter skill',
  mineBadge: 'My skill',
  hiddenBadge: 'Hidden',
  archivedBadge: 'Archived',
  practisedTimes: (n: number) => (n === 0 ? 'Not practised yet' : `Practised ${times(n)}`),
  open: 'Open',
  openFor: (name: string) => `Open ${name}`,
  logPractice: 'Log a practice',
  logPracticeFor: (name: string) => `Log a practice of ${name}`,
  /** The hide/show button: built-ins are hidden, the user's own archived. */
  hideButton: (k: { name: string; builtin: boolean; hidden: boolean }) =>
    k.builtin
      ? k.hidden
        ? { text: 'Show again', label: `Show ${k.name} again` }
        : { text: 'Hide', label: `Hide ${k.name}` }
      : k.hidden
        ? { text: 'Restore', label: `Restore ${k.name}` }
        : { text: 'Archive', label: `Archive ${k.name}` },
  hidden: (name: string) => `${name} is hidden. Tick "Show hidden" to bring it back.`,
  shown: (name: string) => `${name} is back in the library.`,
  archived: (name: string) => `${name} is archived; its practice log is kept.`,
  edit: 'Edit',

  tags: {
    calming: 'Calming',
    activating: 'Activating',
    social: 'Social',
    thinking: 'Thinking',
  } satisfies Record<SkillTag, string>,
  situations: {
    anxious: 'Anxious or on edge',
    low: 'Low or flat',
    angry: 'Angry or irritable',
    overwhelmed: 'Overwhelmed',
    lonely: 'Lonely',
    restless: 'Restless or can’t settle',
    everyday: 'An ordinary moment (practising)',
  } satisfies Record<SituationTag, string>,

  // ---------- skill form
  newSkillTitle: 'Add your own skill',
  editSkillTitle: 'Edit your skill',
  nameLabel: 'Name',
  howToLabel: 'How to do it',
  howToHint: 'A few steps in your own words, so you can follow them when it is hard to think.',
  tagsLegend: 'Tags',
  whenLabel: 'When it helps me (optional)',
  whenHint: 'Only you see this, unless you choose to share it.',
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  nameNeeded: 'Give the skill a short name.',
  savedSkill: (name: string) => `${name} is saved.`,

  // ---------- skill page
  howToHeading: 'How to do it',
  whenHeading: 'When it helps me',
  whenSave: 'Save note',
  whenSaved: 'Your note is saved.',
  builtinNote: 'This is one of the starter skills: its words stay as they are. You can hide it.',
  figuresHeading: 'How it has gone',
  figureTimes: 'Times practised',
  figureThisWeek: 'This week',
  figureHelpful: 'How helpful, on average',
  figureHelpfulValue: (n: number) => `${String(n)} of 5`,
  figureChange: 'Intensity before → after, on average',
  /** "7.5 → 3.5 (−4)", or a dash when no practice has both ratings. */
  changeText: (c: {
    averageBefore: number | null;
    averageAfter: number | null;
    averageChange: number | null;
  }) =>
    c.averageBefore === null || c.averageAfter === null || c.averageChange === null
      ? '—'
      : `${String(c.averageBefore)} → ${String(c.averageAfter)} (${signed(c.averageChange)})`,
  figureChangeFrom: (n: number) => `from ${times(n)} with both ratings`,
  noFigure: '—',
  logHeading: 'Practice log',
  noPractice: 'No practice logged yet. The first one is the hardest.',
  beforeAfter: (before: number | null, after: number | null) =>
    before === null && after === null
      ? 'Intensity not rated'
      : `Intensity ${before === null ? '—' : String(before)} → ${after === null ? '—' : String(after)}`,
  helpfulShort: (n: number) => `Helpful ${String(n)}/5`,
  deletePractice: 'Delete',
  deletePracticeFor: (date: string) => `Delete the practice of ${date}`,
  practiceDeleted: 'That practice was removed from the log.',
  mentionsHeading: 'Entries that mention it',
  noMentions: 'No entries mention this skill yet. Type @ in an entry to link it.',
  openEntry: (label: string) => `Open entry: ${label}`,
  usedInHeading: 'Where it is part of your plans',
  goalStep: (goal: string, step: string) => `Goal “${goal}”, step: ${step}`,
  planThen: (sentence: string) => `Plan: ${sentence}`,
  notFound: 'That skill no longer exists.',

  // ---------- what helps me
  whatHelpsIntro:
    'Figures from your practice log: which skills helped most, in which kind of moment, and how much the intensity changed.',
  whatHelpsNone: 'Log a few practices and this page will show what helps you.',
  perWeekHeading: 'Practice per week',
  perWeekRow: (n: number) => times(n),
  weekOf: (date: string) => `Week of ${date}`,
  mostHelpfulHeading: 'Most helpful overall',
  bySituationHeading: 'By kind of moment',
  bySituationNone: 'Choose a kind of moment when you log a practice to see this.',
  changeHeading: 'Intensity before → after, by skill',
  tableSkill: 'Skill',
  tableTimes: 'Times',
  tableHelpful: 'Helpful (of 5)',
  tableChange: 'Change',
  helpfulItem: (name: string, avg: number, n: number) =>
    `${name}: ${String(avg)} of 5 (${times(n)})`,
  removedSkill: 'A removed skill',

  // ---------- practice dialog
  practiceTitle: 'Log a practice',
  practiceIntro: 'A few seconds is enough. Only the skill and how helpful it was are needed.',
  skillLabel: 'Skill',
  chooseSkill: 'Choose a skill…',
  dateLabel: 'Date',
  situationTagLabel: 'What kind of moment was it? (optional)',
  noSituationTag: 'Not say',
  situationLabel: 'What was happening? (optional)',
  beforeLabel: 'Intensity before, 0 to 10 (optional)',
  afterLabel: 'Intensity after, 0 to 10 (optional)',
  notRated: 'Not rated',
  helpfulLegend: 'How helpful was it?',
  helpfulChoices: ['1 Not at all', '2 A little', '3 Somewhat', '4 Quite', '5 Very'] as const,
  noteLabel: 'Note (optional)',
  chooseSkillFirst: 'Choose the skill you practised.',
  chooseHelpful: 'Choose how helpful it was, from 1 to 5.',
  saveLog: 'Save practice',
  logged: (name: string) => `Practice of ${name} logged.`,
  fromEntry: 'It will be linked to this entry.',

  // ---------- Home, entry and homework
  homeTitle: 'Skills practice',
  homeThisWeek: (n: number) =>
    n === 0 ? 'No practice logged this week yet.' : `${times(n)} this week.`,
  homeworkProgress: (name: string, done: number, target: number) =>
    `${name}: ${String(done)} of ${String(target)}`,
  homeworkProgressLabel: (name: string, done: number, target: number) =>
    `Homework: practise ${name}, ${String(done)} of ${String(target)} times done`,
  homeGoTo: 'Go to Skills',
  entryHeading: 'Practised a skill?',
  entryHint: 'Log it here and it will be linked to this entry.',
  homeworkSkillLabel: (n: number) => `Skill to practise for homework ${String(n)} (optional)`,
  homeworkTimesLabel: (n: number) => `Times for homework ${String(n)}`,
  noSkill: 'No skill',
  stepSkillLabel: (n: number) => `Skill for step ${String(n)} (optional)`,
  planSkillLabel: 'Use one of my skills (optional)',
  planSkillHint: 'Choosing a skill fills in the "then" for you; you can still change the words.',
  planSkillResponse: (name: string) => `practise ${name.toLowerCase()}`,
  skillLink: (name: string) => `Skill: ${name}`,
  deletePracticeTitle: 'Delete this practice?',
  deletePracticeBody:
    'It will be removed from this skill’s log and its figures. This cannot be undone.',
} as const;
