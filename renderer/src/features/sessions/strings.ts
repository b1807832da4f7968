/** Every word the Sessions & summary feature shows. Warm and plain. */

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const sessionStrings = {
  title: 'Sessions & summary',
  intro:
    'Keep track of your therapy sessions, gather what you would like to talk about, and prepare a short summary to read from or hand to your therapist.',
  loadFailed: "This couldn't be loaded just now.",

  // ---- sessions
  sessionsHeading: 'Sessions',
  recordHeading: 'Record a session',
  editHeading: 'Edit session',
  date: 'Date of the session',
  therapist: 'Therapist (optional)',
  therapistHint: 'A name or initials, only if you like.',
  notes: 'Notes',
  takeaways: 'Takeaways',
  homeworkLegend: 'Homework',
  homeworkText: (n: number) => `Homework ${n}`,
  homeworkDue: (n: number) => `Due date for homework ${n}`,
  homeworkDone: (n: number) => `Homework ${n} done`,
  removeHomework: (n: number) => `Remove homework ${n}`,
  addHomework: 'Add homework',
  discussedLegend: 'Agenda topics talked about at this session',
  saveSession: 'Save session',
  cancelEdit: 'Cancel',
  sessionSaved: 'Session saved.',
  sessionDeleted: 'Session deleted.',
  pastHeading: 'Past sessions',
  noSessions: 'No sessions recorded yet.',
  sessionTitle: (date: string, therapist: string) => (therapist ? `${date} — ${therapist}` : date),
  edit: 'Edit',
  editFor: (date: string) => `Edit session on ${date}`,
  delete: 'Delete',
  deleteFor: (date: string) => `Delete session on ${date}`,
  confirmDelete: (date: string) => `Delete the session on ${date}? Its notes and homework go too.`,
  homeworkCount: (done: number, all: number) =>
    all === 0 ? 'No homework' : `Homework: ${done} of ${all} done`,
  due: (date: string) => `due ${date}`,
  markDone: (text: string) => `Done: ${text}`,

  // ---- agenda
  agendaHeading: 'Agenda for next time',
  agendaIntro: 'Topics and questions you would like to raise, in the order they came up.',
  agendaAdd: 'Add a topic or question',
  agendaAddButton: 'Add to agenda',
  agendaAdded: 'Added to your agenda.',
  agendaEmpty: 'Nothing on your agenda yet.',
  agendaEdit: (text: string) => `Edit: ${text}`,
  agendaEditLabel: 'Topic or question',
  agendaSave: 'Save',
  agendaRemove: (text: string) => `Remove: ${text}`,
  discussed: (text: string) => `Talked about: ${text}`,
  discussedAt: (date: string) => `Talked about at the session on ${date}`,
  needSession: 'Record a session first to mark topics as talked about.',

  // ---- summary builder
  builderHeading: 'Prepare a summary',
  builderIntro:
    'Choose what to include. Nothing from your journal is included unless you pick it here.',
  period: 'Period',
  periodLabel: 'Which days to cover',
  periods: {
    since: 'Since the last session',
    w2: 'Last 2 weeks',
    w4: 'Last 4 weeks',
    w8: 'Last 8 weeks',
    custom: 'Choose dates',
  },
  from: 'From',
  to: 'To',
  sectionsLegend: 'Sections to include',
  entriesLegend: 'Journal entries to share',
  entriesIntro:
    'Entries you marked "share with my therapist" start out picked. You can remove them or add others.',
  noPickedEntries: 'No journal entries picked.',
  addEntry: 'Add an entry',
  addEntryButton: 'Add entry',
  chooseEntry: 'Choose an entry…',
  untitled: 'Untitled',
  removeEntry: (label: string) => `Remove ${label}`,
  shareMode: (label: string) => `What to share from ${label}`,
  modeFull: 'The full text',
  modeExcerpt: 'An excerpt',
  excerptLabel: (label: string) => `Excerpt from ${label}`,
  excerptHint:
    'Paste the passage from the entry. It has to be text from this entry — anything else is left out.',
  droppedExcerpts: (n: number) =>
    `${n} ${plural(n, 'excerpt isn’t', 'excerpts aren’t')} text from ${plural(n, 'its', 'their')} entry, so ${plural(n, 'it was', 'they were')} left out. Copy the passage straight from the entry.`,
  thoughtsLegend: 'Thought records to show in full',
  noThoughts: 'No thought records yet.',

  // ---- preview and export
  previewHeading: 'Preview',
  previewIntro: 'This is exactly what will be saved.',
  previewLoading: 'Preparing the preview…',
  tellInPerson:
    'You answered question 9 of the PHQ-9 above "not at all" in this period, and the questionnaires are left out. You might like to mention it to your therapist in person — only if and when it feels right.',
  exportHeading: 'Save the summary',
  notEncrypted:
    'The saved file is not encrypted. Anyone who can open the file can read it, so keep it somewhere safe.',
  pageSize: 'Page size',
  savePdf: 'Save as PDF',
  saveMarkdown: 'Save as Markdown',
  saving: 'Saving…',
  savedTo: (path: string) => `Saved to ${path}`,
  notSaved: 'Not saved.',

  // ---- home
  homeSessionTitle: 'Next session',
  homeNoNext: 'No upcoming session recorded.',
  homeNext: (date: string) => `Next session: ${date}`,
  homeAgenda: (n: number) =>
    n === 0
      ? 'Nothing on your agenda yet.'
      : `${n} ${plural(n, 'topic', 'topics')} on your agenda.`,
  homeQuickAdd: 'Add to agenda',
  homeHomeworkTitle: 'Homework due',
  homeNoHomework: 'No open homework.',
  homeHomeworkMore: (n: number) => `and ${n} more`,
  homeGoTo: 'Go to Sessions & summary',
} as const;
