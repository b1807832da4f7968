import { describe, expect, it } from 'vitest';
import {
  changeBySkill,
  homeworkProgress,
  homeworkWindow,
  mostHelpful,
  mostHelpfulBySituation,
  practicesPerWeek,
  practicesThisWeek,
  skillChange,
  weekStartOf,
} from '../../../shared/skillFigures';
import {
  BUILTIN_SKILLS,
  customSkillSchema,
  mergeSkills,
  practiceInputSchema,
  type Practice,
} from '../../../shared/skills';

let seq = 0;
function practice(
  skillId: string,
  date: string,
  more: Partial<Omit<Practice, 'id' | 'skillId' | 'date'>> = {},
): Practice {
  seq += 1;
  return {
    id: `p${String(seq)}`,
    skillId,
    date,
    situation: '',
    situationTag: null,
    before: null,
    after: null,
    helpful: 3,
    note: '',
    entryId: null,
    createdAt: '2026-11-26T10:00:00.000Z',
    ...more,
  };
}

describe('weeks', () => {
  it('starts the week on the chosen day', () => {
    // 2026-11-26 is a Thursday.
    expect(weekStartOf('2026-11-26', 1)).toBe('2026-11-23');
    expect(weekStartOf('2026-11-26', 0)).toBe('2026-11-22');
    expect(weekStartOf('2026-11-26', 6)).toBe('2026-11-21');
    expect(weekStartOf('2026-11-23', 1)).toBe('2026-11-23');
    expect(weekStartOf('2026-11-22', 1)).toBe('2026-11-16');
  });

  it('counts practice per week: none, one, many with an empty week in between', () => {
    expect(practicesPerWeek([])).toEqual([]);
    expect(practicesPerWeek([practice('a', '2026-11-26')])).toEqual([
      { weekOf: '2026-11-23', count: 1 },
    ]);
    expect(
      practicesPerWeek([
        practice('a', '2026-11-26'),
        practice('b', '2026-11-09'),
        practice('a', '2026-11-10'),
        practice('a', '2026-11-23'),
      ]),
    ).toEqual([
      { weekOf: '2026-11-09', count: 2 },
      { weekOf: '2026-11-16', count: 0 },
      { weekOf: '2026-11-23', count: 2 },
    ]);
  });

  it("counts this week's practice only", () => {
    expect(practicesThisWeek([], '2026-11-26')).toBe(0);
    const log = [
      practice('a', '2026-11-22'),
      practice('a', '2026-11-23'),
      practice('b', '2026-11-29'),
      practice('b', '2026-11-30'),
    ];
    expect(practicesThisWeek(log, '2026-11-26')).toBe(2);
    expect(practicesThisWeek(log, '2026-11-26', 0)).toBe(2);
  });
});

describe('before → after change', () => {
  it('with no practice: nothing to show, not zero', () => {
    expect(skillChange([], 'a')).toEqual({
      skillId: 'a',
      count: 0,
      rated: 0,
      averageChange: null,
      averageBefore: null,
      averageAfter: null,
    });
    expect(changeBySkill([])).toEqual([]);
  });

  it('one practice with both ratings', () => {
    expect(skillChange([practice('a', '2026-11-26', { before: 8, after: 5 })], 'a')).toMatchObject({
      count: 1,
      rated: 1,
      averageChange: -3,
      averageBefore: 8,
      averageAfter: 5,
    });
  });

  it('skips practices missing a before or an after, but still counts them', () => {
    const log = [
      practice('a', '2026-11-20', { before: 8, after: 4 }),
      practice('a', '2026-11-21', { before: 7, after: null }),
      practice('a', '2026-11-22', { before: null, after: 2 }),
      practice('a', '2026-11-23', { before: 6, after: 5 }),
      practice('a', '2026-11-24', { before: 3, after: 3 }),
      practice('b', '2026-11-24', { before: 9, after: 1 }),
    ];
    expect(skillChange(log, 'a')).toMatchObject({
      count: 5,
      rated: 3,
      averageChange: -1.7,
      averageBefore: 5.7,
      averageAfter: 4,
    });
    expect(skillChange([practice('a', '2026-11-21', { before: 7 })], 'a').averageChange).toBe(null);
    expect(changeBySkill(log).map((c) => [c.skillId, c.count, c.averageChange])).toEqual([
      ['a', 5, -1.7],
      ['b', 1, -8],
    ]);
  });
});

describe('most helpful', () => {
  it('none, one, many (ties go to the more practised)', () => {
    expect(mostHelpful([])).toEqual([]);
    expect(mostHelpful([practice('a', '2026-11-26', { helpful: 4 })])).toEqual([
      { skillId: 'a', count: 1, averageHelpful: 4 },
    ]);
    const log = [
      practice('a', '2026-11-20', { helpful: 2 }),
      practice('a', '2026-11-21', { helpful: 3 }),
      practice('b', '2026-11-21', { helpful: 5 }),
      practice('c', '2026-11-21', { helpful: 4 }),
      practice('c', '2026-11-22', { helpful: 4 }),
      practice('d', '2026-11-22', { helpful: 4 }),
    ];
    expect(mostHelpful(log).map((h) => [h.skillId, h.averageHelpful])).toEqual([
      ['b', 5],
      ['c', 4],
      ['d', 4],
      ['a', 2.5],
    ]);
    expect(mostHelpful(log, 2).map((h) => h.skillId)).toEqual(['b', 'c']);
  });

  it('by kind of moment, leaving out practices without one', () => {
    expect(mostHelpfulBySituation([])).toEqual([]);
    expect(mostHelpfulBySituation([practice('a', '2026-11-20', { helpful: 5 })])).toEqual([]);
    const log = [
      practice('breathe', '2026-11-20', { helpful: 5, situationTag: 'anxious' }),
      practice('walk', '2026-11-21', { helpful: 2, situationTag: 'anxious' }),
      practice('breathe', '2026-11-22', { helpful: 4, situationTag: 'anxious' }),
      practice('walk', '2026-11-22', { helpful: 5, situationTag: 'low' }),
      practice('call', '2026-11-23', { helpful: 3, situationTag: 'low' }),
      practice('call', '2026-11-23', { helpful: 5 }),
    ];
    const by = mostHelpfulBySituation(log);
    expect(by.map((b) => [b.situationTag, b.practices])).toEqual([
      ['anxious', 3],
      ['low', 2],
    ]);
    expect(by[0]?.skills.map((s) => [s.skillId, s.averageHelpful])).toEqual([
      ['breathe', 4.5],
      ['walk', 2],
    ]);
    expect(by[1]?.skills.map((s) => s.skillId)).toEqual(['walk', 'call']);
  });
});

describe('homework progress', () => {
  it('counts from the session to the due day, or a week without one', () => {
    expect(homeworkWindow('2026-11-20', '2026-11-27')).toEqual({
      from: '2026-11-20',
      to: '2026-11-27',
    });
    expect(homeworkWindow('2026-11-20', null)).toEqual({ from: '2026-11-20', to: '2026-11-26' });
    // A due day before the session makes no sense: fall back to a week.
    expect(homeworkWindow('2026-11-20', '2026-11-01').to).toBe('2026-11-26');
  });

  it('none, one, many: only the right skill inside the window counts', () => {
    const hw = { skillId: 'breathe', times: 3, from: '2026-11-20', to: '2026-11-26' };
    expect(homeworkProgress([], hw)).toEqual({ done: 0, target: 3, percent: 0, complete: false });
    expect(homeworkProgress([practice('breathe', '2026-11-20')], hw)).toEqual({
      done: 1,
      target: 3,
      percent: 33,
      complete: false,
    });
    const log = [
      practice('breathe', '2026-11-19'),
      practice('breathe', '2026-11-20'),
      practice('walk', '2026-11-21'),
      practice('breathe', '2026-11-22'),
      practice('breathe', '2026-11-26'),
      practice('breathe', '2026-11-27'),
    ];
    expect(homeworkProgress(log, hw)).toEqual({
      done: 3,
      target: 3,
      percent: 100,
      complete: true,
    });
    expect(homeworkProgress(log, { ...hw, times: 2 }).percent).toBe(100);
  });
});

describe('the skill schemas', () => {
  const valid = {
    skillId: 'builtin-paced-breathing',
    date: '2026-11-26',
    situation: '',
    situationTag: null,
    before: 7,
    after: 3,
    helpful: 4,
    note: '',
  };

  it('accepts a practice with or without before/after', () => {
    expect(practiceInputSchema.safeParse(valid).success).toBe(true);
    expect(practiceInputSchema.safeParse({ ...valid, before: null, after: null }).success).toBe(
      true,
    );
  });

  it('rejects ratings out of range or not whole', () => {
    for (const bad of [
      { before: -1 },
      { before: 11 },
      { after: 10.5 },
      { helpful: 0 },
      { helpful: 6 },
      { helpful: 3.5 },
      { helpful: null },
      { situationTag: 'sad-ish' },
      { date: '2026-02-30' },
    ]) {
      expect(practiceInputSchema.safeParse({ ...valid, ...bad }).success, JSON.stringify(bad)).toBe(
        false,
      );
    }
  });

  it('rejects a nameless skill, unknown or repeated tags', () => {
    const skill = {
      kind: 'custom',
      id: 'abc',
      name: 'Cold water on my face',
      howTo: '',
      tags: ['calming'],
      whenItHelps: '',
      archived: false,
      createdAt: '',
      updatedAt: '',
    };
    expect(customSkillSchema.safeParse(skill).success).toBe(true);
    expect(customSkillSchema.safeParse({ ...skill, name: '  ' }).success).toBe(false);
    expect(customSkillSchema.safeParse({ ...skill, tags: ['sleepy'] }).success).toBe(false);
    expect(customSkillSchema.safeParse({ ...skill, tags: ['calming', 'calming'] }).success).toBe(
      false,
    );
  });

  it('merges built-ins with the user layer and their own skills', () => {
    const merged = mergeSkills([
      {
        kind: 'builtin',
        id: 'builtin-short-walk',
        hidden: true,
        whenItHelps: 'After work',
        updatedAt: '',
      },
      {
        kind: 'custom',
        id: 'mine',
        name: 'Cold water',
        howTo: '',
        tags: [],
        whenItHelps: '',
        archived: false,
        createdAt: '',
        updatedAt: '',
      },
    ]);
    expect(merged).toHaveLength(BUILTIN_SKILLS.length + 1);
    expect(merged.find((s) => s.id === 'builtin-short-walk')).toMatchObject({
      builtin: true,
      hidden: true,
      whenItHelps: 'After work',
      name: 'A short walk',
    });
    expect(merged.at(-1)).toMatchObject({ id: 'mine', builtin: false, hidden: false });
  });
});
