import type { DocNode } from '../../../../shared/journal';

/** Built-in prompts tied to the method: noticing progress, obstacles and recurring thoughts. */
export const PROMPTS = [
  { id: 'went-well', text: 'What went well today?', hint: 'Small things count.' },
  {
    id: 'goal-obstacle',
    text: 'What got in the way of my goal?',
    hint: 'The obstacle, and what I might try next time.',
  },
  {
    id: 'recurring-thought',
    text: 'A thought that kept coming back',
    hint: 'What was it, and when did it show up?',
  },
  {
    id: 'skill-practice',
    text: 'A skill I practised, and how it went',
    hint: 'Before and after, in my own words.',
  },
  {
    id: 'next-session',
    text: 'Something to bring to my next session',
    hint: 'A question, a worry, or something that helped.',
  },
] as const;

export type Prompt = (typeof PROMPTS)[number];

/** A new entry's document: the prompt as its first heading, then an empty paragraph. */
export function promptDoc(prompt: Prompt): DocNode {
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: prompt.text }] },
      { type: 'paragraph' },
    ],
  };
}
