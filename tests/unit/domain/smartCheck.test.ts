import { describe, expect, it } from 'vitest';
import { emptyGoalInput, type GoalInput, type GoalMeasure } from '../../../shared/goals';
import { smartCheck, type SmartLetter } from '../../../shared/smartCheck';

const TODAY = '2026-11-26';

type Changes = { [K in Exclude<keyof GoalInput, 'measure'>]?: GoalInput[K] } & {
  measure?: Partial<GoalMeasure>;
};

function goal(changes: Changes = {}): GoalInput {
  const base = emptyGoalInput();
  return {
    ...base,
    title: 'Walk after work',
    specific: 'Walk 20 minutes around the park after work',
    steps: 'Shoes by the door; walk with Sam on Tuesdays',
    confidence: 8,
    why: 'I sleep better and feel calmer',
    targetDate: '2027-02-01',
    ...changes,
    measure: { ...base.measure, unit: 'walks a week', baseline: 1, target: 4, ...changes.measure },
  };
}

function letter(g: GoalInput, l: SmartLetter) {
  const item = smartCheck(g, TODAY).items.find((i) => i.letter === l);
  if (!item) throw new Error(l);
  return item;
}

describe('SMART check', () => {
  it('a complete goal passes all five', () => {
    const result = smartCheck(goal(), TODAY);
    expect(result.score).toBe(5);
    expect(result.items.every((i) => i.ok && i.suggestions.length === 0)).toBe(true);
  });

  it('an empty goal needs work on every letter, each with a kind suggestion', () => {
    const result = smartCheck(emptyGoalInput(), TODAY);
    expect(result.score).toBe(0);
    for (const item of result.items) expect(item.suggestions.length).toBeGreaterThan(0);
  });

  it('S: vague verbs with nothing concrete are flagged; a concrete action is fine', () => {
    expect(
      letter(goal({ title: 'Be healthier', specific: 'Feel better about myself' }), 'S'),
    ).toMatchObject({
      ok: false,
      suggestions: [expect.stringMatching(/hard to act on/)],
    });
    expect(letter(goal({ title: 'Stop worrying', specific: 'try to stop' }), 'S').ok).toBe(false);
    expect(
      letter(goal({ title: 'Be active', specific: 'Walk 20 minutes after work' }), 'S').ok,
    ).toBe(true);
    expect(letter(goal({ specific: '' }), 'S').suggestions).toEqual([
      expect.stringMatching(/what exactly/),
    ]);
  });

  it('M: no number, no unit, target equal to baseline, direction mismatch', () => {
    expect(letter(goal({ measure: { baseline: null } }), 'M').suggestions).toEqual([
      expect.stringMatching(/where you are now/),
    ]);
    expect(letter(goal({ measure: { target: null } }), 'M').suggestions).toEqual([
      expect.stringMatching(/aim for/),
    ]);
    expect(letter(goal({ measure: { unit: ' ' } }), 'M').suggestions).toEqual([
      expect.stringMatching(/unit/),
    ]);
    expect(letter(goal({ measure: { kind: 'rating', unit: '' } }), 'M').ok).toBe(true);
    expect(letter(goal({ measure: { baseline: 3, target: 3 } }), 'M').suggestions).toEqual([
      expect.stringMatching(/same as where you start/),
    ]);
    expect(letter(goal({ measure: { direction: 'down' } }), 'M').suggestions).toEqual([
      expect.stringMatching(/go down/),
    ]);
    expect(letter(goal({ measure: { direction: 'down', baseline: 5, target: 1 } }), 'M').ok).toBe(
      true,
    );
  });

  it('A: confidence below 7 suggests a smaller first step; missing steps or confidence are noted', () => {
    expect(letter(goal({ confidence: 6 }), 'A').suggestions).toEqual([
      expect.stringMatching(/smaller first step/),
    ]);
    expect(letter(goal({ confidence: 7 }), 'A').ok).toBe(true);
    expect(letter(goal({ confidence: null }), 'A').suggestions).toEqual([
      expect.stringMatching(/How confident/),
    ]);
    expect(letter(goal({ steps: '' }), 'A').suggestions).toEqual([
      expect.stringMatching(/first step/),
    ]);
  });

  it('R: no reason given', () => {
    expect(letter(goal({ why: '  ' }), 'R')).toMatchObject({
      ok: false,
      suggestions: [expect.stringMatching(/why does this matter/)],
    });
  });

  it('T: no date, a date in the past, more than two years away; today and two years are fine', () => {
    expect(letter(goal({ targetDate: null }), 'T').suggestions).toEqual([
      expect.stringMatching(/target date/),
    ]);
    expect(letter(goal({ targetDate: '2026-11-25' }), 'T').suggestions).toEqual([
      expect.stringMatching(/has passed/),
    ]);
    expect(letter(goal({ targetDate: '2028-11-27' }), 'T').suggestions).toEqual([
      expect.stringMatching(/two years/),
    ]);
    expect(letter(goal({ targetDate: TODAY }), 'T').ok).toBe(true);
    expect(letter(goal({ targetDate: '2028-11-25' }), 'T').ok).toBe(true);
  });
});
