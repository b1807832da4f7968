import { describe, expect, it } from 'vitest';
import {
  COMPLETE_NEEDS_HOT_THOUGHT,
  THOUGHT_LIMITS,
  beliefChange,
  completionProblem,
  emotionChange,
  emptyThoughtRecordInput,
  hotThought,
  thoughtRecordInputSchema,
  type ThoughtRecordInput,
} from '../../../shared/thoughtRecords';
import { BUILT_IN_TRAPS, allTraps, trapIdSchema, trapName } from '../../../shared/thinkingTraps';

const base = (): ThoughtRecordInput => ({
  ...emptyThoughtRecordInput('2026-11-20'),
  situation: 'The manager asked to talk tomorrow.',
  emotions: [
    { id: 'e1', name: 'Anxious', before: 80, after: 40 },
    { id: 'e2', name: 'Sad', before: 50, after: null },
  ],
  thoughts: [
    { id: 't1', text: 'I am going to be let go.', belief: 90, hot: true },
    { id: 't2', text: 'I always mess up.', belief: 60, hot: false },
  ],
  hotBeliefAfter: 35,
});

function firstMessage(input: unknown): string | undefined {
  const parsed = thoughtRecordInputSchema.safeParse(input);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

describe('the thought record schema', () => {
  it('accepts an empty draft and a full complete record', () => {
    expect(thoughtRecordInputSchema.safeParse(emptyThoughtRecordInput('2026-11-20')).success).toBe(
      true,
    );
    expect(thoughtRecordInputSchema.safeParse({ ...base(), status: 'complete' }).success).toBe(
      true,
    );
  });

  it('keeps a record without a hot thought as a draft, but refuses to complete it', () => {
    const noHot = { ...base(), thoughts: base().thoughts.map((t) => ({ ...t, hot: false })) };
    expect(thoughtRecordInputSchema.safeParse(noHot).success).toBe(true);
    expect(firstMessage({ ...noHot, status: 'complete' })).toBe(COMPLETE_NEEDS_HOT_THOUGHT);
    expect(firstMessage({ ...emptyThoughtRecordInput('2026-11-20'), status: 'complete' })).toBe(
      COMPLETE_NEEDS_HOT_THOUGHT,
    );
    const emptyHot = {
      ...base(),
      status: 'complete',
      thoughts: [{ id: 't1', text: '  ', belief: 50, hot: true }],
    };
    expect(firstMessage(emptyHot)).toBe(COMPLETE_NEEDS_HOT_THOUGHT);
    expect(completionProblem(noHot)).toBe(COMPLETE_NEEDS_HOT_THOUGHT);
    expect(completionProblem(base())).toBeNull();
  });

  it('allows only one hot thought, even in a draft', () => {
    const twoHot = { ...base(), thoughts: base().thoughts.map((t) => ({ ...t, hot: true })) };
    expect(firstMessage(twoHot)).toMatch(/Only one thought/);
  });

  it('refuses ratings outside 0–100, fractions and non-numbers', () => {
    const bad: unknown[] = [
      { ...base(), emotions: [{ id: 'e1', name: 'Angry', before: 101, after: null }] },
      { ...base(), emotions: [{ id: 'e1', name: 'Angry', before: -1, after: null }] },
      { ...base(), emotions: [{ id: 'e1', name: 'Angry', before: 50, after: 200 }] },
      { ...base(), emotions: [{ id: 'e1', name: 'Angry', before: 50.5, after: null }] },
      { ...base(), emotions: [{ id: 'e1', name: 'Angry', before: '50', after: null }] },
      { ...base(), emotions: [{ id: 'e1', name: 'Angry', before: Number.NaN, after: null }] },
      { ...base(), thoughts: [{ id: 't1', text: 'x', belief: 120, hot: true }] },
      { ...base(), balancedBelief: -5 },
      { ...base(), hotBeliefAfter: 101 },
    ];
    for (const input of bad) expect(firstMessage(input), JSON.stringify(input)).toMatch(/0 to 100/);
    for (const edge of [0, 100]) {
      expect(thoughtRecordInputSchema.safeParse({ ...base(), balancedBelief: edge }).success).toBe(
        true,
      );
    }
  });

  it('states the text limit with a clear message', () => {
    const max = THOUGHT_LIMITS.textMaxLength;
    expect(
      thoughtRecordInputSchema.safeParse({ ...base(), situation: 'a'.repeat(max) }).success,
    ).toBe(true);
    expect(firstMessage({ ...base(), situation: 'a'.repeat(max + 13) })).toBe(
      'This can hold up to 4,000 characters and has 4,013. Please shorten it a little — the rest could go into a journal entry.',
    );
    expect(
      firstMessage({
        ...base(),
        thoughts: [{ id: 't1', text: 'b'.repeat(1001), belief: 5, hot: true }],
      }),
    ).toMatch(/up to 1,000 characters/);
    expect(
      firstMessage({ ...base(), emotions: [{ id: 'e', name: '', before: 5, after: null }] }),
    ).toBe('Name the emotion.');
  });

  it('refuses unknown fields, unknown trap ids, bad steps and impossible dates', () => {
    expect(firstMessage({ ...base(), mood: 3 })).toBeDefined();
    expect(firstMessage({ ...base(), traps: ['not-a-trap'] })).toMatch(/thinking trap/);
    expect(firstMessage({ ...base(), step: 9 })).toBeDefined();
    expect(firstMessage({ ...base(), date: '2026-02-30' })).toMatch(/does not exist/);
    expect(thoughtRecordInputSchema.safeParse({ ...base(), traps: ['custom-abc'] }).success).toBe(
      true,
    );
  });
});

describe('per-record changes', () => {
  it('averages the re-rated emotions and compares belief in the hot thought', () => {
    expect(hotThought(base())?.id).toBe('t1');
    expect(emotionChange(base())).toBe(-40);
    expect(beliefChange(base())).toBe(-55);
    expect(emotionChange({ emotions: [] })).toBeNull();
    expect(beliefChange({ ...base(), hotBeliefAfter: null })).toBeNull();
    expect(beliefChange({ thoughts: [], hotBeliefAfter: 20 })).toBeNull();
  });
});

describe('thinking traps', () => {
  it('has the thirteen built-in traps, each explained with an example', () => {
    expect(BUILT_IN_TRAPS).toHaveLength(13);
    for (const trap of BUILT_IN_TRAPS) {
      expect(trap.explanation.length).toBeGreaterThan(10);
      expect(trap.example.length).toBeGreaterThan(10);
      expect(trapIdSchema.safeParse(trap.id).success).toBe(true);
    }
    expect(new Set(BUILT_IN_TRAPS.map((t) => t.id)).size).toBe(13);
  });

  it('lists custom traps after the built-ins and names removed ones kindly', () => {
    const list = allTraps([
      { id: 'custom-b', name: 'Zero-sum', description: 'x', createdAt: '' },
      { id: 'custom-a', name: 'Comparing', description: 'y', createdAt: '' },
    ]);
    expect(list.slice(13).map((t) => t.name)).toEqual(['Comparing', 'Zero-sum']);
    expect(list[13]?.builtIn).toBe(false);
    expect(trapName('custom-gone', list)).toBe('A trap you removed');
  });
});
