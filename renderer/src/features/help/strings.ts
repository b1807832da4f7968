/** Static, local crisis information (DOMAIN.md §6). Written to be calm and plain. */
export const helpStrings = {
  button: 'Need help now?',
  title: 'Need help now?',
  intro:
    "If you are in danger, or you might act on thoughts of harming yourself, please reach out to someone right now. You don't have to get through this alone.",
  emergencyHeading: 'Emergency services',
  emergency:
    'Call your local emergency number: 112 anywhere in the EU, 911 in the US and Canada, 999 in the UK and Ireland.',
  crisisHeading: 'Crisis lines',
  lines: [
    { name: '988 Suicide & Crisis Lifeline (US)', how: 'Call or text 988, any time.' },
    { name: 'Samaritans (UK and Ireland)', how: 'Call 116 123, free, day or night.' },
  ],
  elsewhere:
    'Somewhere else? Your local emergency number or a local crisis line is the quickest way to reach someone.',
  peopleHeading: 'People around you',
  trust: 'Tell someone you trust how you are feeling, and ask them to stay with you for a while.',
  therapist: 'Let your therapist know what is happening, as soon as you can.',
  offline:
    'This page is stored on this computer, so it is here even without an internet connection.',
  notMedical: 'Waypoint is a journal, not a medical or emergency service.',
  close: 'Close',
} as const;
