export const homeStrings = {
  title: 'Home',

  todayHeading: "Today's entry",
  todayNotYet: 'A few lines are enough. There is no right way to do it.',
  todayWritten: (words: number) =>
    words === 1
      ? 'You have written 1 word today.'
      : `You have written ${words.toLocaleString()} words today.`,
  writeToday: "Write today's entry",
  continueToday: "Continue today's entry",
  opening: 'Opening…',
  recent: (n: number) =>
    n === 0
      ? 'No entries in the last 7 days.'
      : n === 1
        ? '1 entry in the last 7 days.'
        : `${n} entries in the last 7 days.`,
  loadFailed: "Your entries couldn't be counted just now.",

  glanceHeading: 'At a glance',
  cards: {
    checkIn: {
      title: "Today's check-in",
      body: 'Soon: a quick note of how you are, to see your mood over time.',
      action: 'Go to Check-ins',
    },
    goals: {
      title: 'Goals with check-ins due',
      body: 'Soon: the goals you set, and which ones are ready for a check-in.',
      action: 'Go to Goals',
    },
    plans: {
      title: 'If-then plans to rehearse',
      body: 'Soon: your plans for hard moments, ready to run through.',
      action: 'Go to Plans',
    },
    homework: {
      title: 'Homework due',
      body: 'Soon: what you agreed to try between sessions, and when.',
      action: 'Go to Sessions & summary',
    },
    session: {
      title: 'Next session',
      body: 'Soon: the date of your next session and how many topics are on your agenda.',
      action: 'Go to Sessions & summary',
    },
  },

  firstRunHeading: 'Welcome. Here is how Waypoint can help',
  firstRunIntro:
    'Take it at your own pace. Most people start by writing a little, and add the rest when it feels useful.',
  steps: [
    {
      title: 'Set a goal',
      body: 'Something small and specific you would like to change, and why it matters to you.',
    },
    {
      title: 'Notice and question thoughts',
      body: 'When a thought weighs on you, write it down and look at the evidence for and against it.',
    },
    {
      title: 'Plan for obstacles',
      body: 'Decide ahead of time: "If this happens, then I will…".',
    },
    {
      title: 'Bring a summary to your session',
      body: 'When you choose, gather what you want to talk about and share it with your therapist.',
    },
  ],
  firstEntry: 'Write your first entry',
  firstGoal: 'Set a goal',
  firstThoughtRecord: 'Try a thought record',
} as const;
