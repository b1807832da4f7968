import { daysBetween } from './dates';
import type { GoalInput } from './goals';

/**
 * The SMART check: for each letter, ok or a specific, kind suggestion. It advises while the
 * user edits and never blocks saving (DOMAIN.md §1).
 */
export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';
export interface SmartItem {
  letter: SmartLetter;
  name: string;
  ok: boolean;
  /** Empty when ok. */
  suggestions: string[];
}
export interface SmartResult {
  items: SmartItem[];
  /** How many letters are ok, 0–5 (the badge on the goal list). */
  score: number;
}

export const SMART_NAMES: Record<SmartLetter, string> = {
  S: 'Specific',
  M: 'Measurable',
  A: 'Achievable',
  R: 'Relevant',
  T: 'Time-bound',
};

const VAGUE = /\b(be|feel|try|stop|get|become|improve|better|more|less)\b/i;
const CONCRETE =
  /\d|\b(minutes?|hours?|times?|days?|daily|weekly|each|every|after|before|when|at|walk|call|write|read|sleep|eat|run|cook|ask|say|go|visit|practi[cs]e|spend|meet|message|text|plan|list|book|join|start)\b/i;

function specific(goal: GoalInput): SmartItem {
  const suggestions: string[] = [];
  const words = `${goal.title} ${goal.specific}`.trim();
  if (goal.title.trim() === '') suggestions.push('Give your goal a short name.');
  if (goal.specific.trim() === '') {
    suggestions.push('Describe what exactly you will do — what, where, when or with whom.');
  } else if (VAGUE.test(words) && !CONCRETE.test(words)) {
    suggestions.push(
      'Words like "be", "feel", "try" or "stop" are hard to act on. What would you actually do? For example "walk 20 minutes after work" rather than "be healthier".',
    );
  }
  return { letter: 'S', name: SMART_NAMES.S, ok: suggestions.length === 0, suggestions };
}

function measurable(goal: GoalInput): SmartItem {
  const { kind, unit, baseline, target, direction } = goal.measure;
  const suggestions: string[] = [];
  if (baseline === null)
    suggestions.push('Add a number for where you are now, so you can see progress.');
  if (target === null) suggestions.push('Add a number to aim for.');
  if (kind === 'number' && unit.trim() === '')
    suggestions.push('Add a unit, such as "minutes", "times a week" or "cigarettes a day".');
  if (baseline !== null && target !== null) {
    if (baseline === target) {
      suggestions.push(
        'Your target is the same as where you start. Pick a number that means some change.',
      );
    } else if ((direction === 'up') !== target > baseline) {
      suggestions.push(
        direction === 'up'
          ? 'The goal is to go up, but the target is below the starting point. Check the direction or the numbers.'
          : 'The goal is to go down, but the target is above the starting point. Check the direction or the numbers.',
      );
    }
  }
  return { letter: 'M', name: SMART_NAMES.M, ok: suggestions.length === 0, suggestions };
}

function achievable(goal: GoalInput): SmartItem {
  const suggestions: string[] = [];
  if (goal.steps.trim() === '')
    suggestions.push('Note a first step or something that will help (a person, a time, a tool).');
  if (goal.confidence === null) {
    suggestions.push('How confident are you, from 0 to 10, that you can do this?');
  } else if (goal.confidence < 7) {
    suggestions.push(
      `A confidence of ${goal.confidence} is useful information. Goals we feel sure about tend to go better — could a smaller first step bring it to 7 or more?`,
    );
  }
  return { letter: 'A', name: SMART_NAMES.A, ok: suggestions.length === 0, suggestions };
}

function relevant(goal: GoalInput): SmartItem {
  const suggestions =
    goal.why.trim() === ''
      ? ['In your own words, why does this matter to you? It helps on the hard days.']
      : [];
  return { letter: 'R', name: SMART_NAMES.R, ok: suggestions.length === 0, suggestions };
}

function timeBound(goal: GoalInput, today: string): SmartItem {
  const suggestions: string[] = [];
  if (goal.targetDate === null) {
    suggestions.push('Pick a target date — a few weeks or months ahead works well.');
  } else {
    const days = daysBetween(today, goal.targetDate);
    if (days < 0)
      suggestions.push(
        'The target date has passed. Choose a new one, or mark the goal as achieved or let go.',
      );
    else if (days > 730)
      suggestions.push('That date is more than two years away. A nearer milestone keeps it real.');
  }
  return { letter: 'T', name: SMART_NAMES.T, ok: suggestions.length === 0, suggestions };
}

export function smartCheck(goal: GoalInput, today: string): SmartResult {
  const items = [
    specific(goal),
    measurable(goal),
    achievable(goal),
    relevant(goal),
    timeBound(goal, today),
  ];
  return { items, score: items.filter((i) => i.ok).length };
}
