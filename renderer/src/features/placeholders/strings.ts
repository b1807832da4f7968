import type { Place } from '../../app/navigation/places';

type FeaturePlace = Exclude<Place, 'home' | 'journal' | 'settings'>;

export const placeholderStrings = {
  comingSoon: 'Coming soon',
  backHome: 'Back to Home',
  what: {
    goals:
      'Set small, specific goals, say why they matter to you, and check in on your progress week by week.',
    thoughtRecords:
      'Write down a thought that weighs on you, weigh the evidence, and find a more balanced way to see it.',
    plans:
      'Name the obstacles that get in your way and plan ahead: "If this happens, then I will…".',
    checkIns: 'Note how you are feeling in a few seconds, and see how your mood changes over time.',
    sessions:
      'Keep track of your therapy sessions and homework, and prepare a summary to share when you choose.',
  } satisfies Record<FeaturePlace, string>,
} as const;

export type { FeaturePlace };
