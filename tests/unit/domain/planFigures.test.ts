import { describe, expect, it } from 'vitest';
import type { Occurrence, ObstaclePlan } from '../../../shared/obstaclePlans';
import { ifThenNudges, ifThenSentence } from '../../../shared/obstaclePlans';
import { planFigures, plansByRecentUse } from '../../../shared/planFigures';

function occ(
  planId: string | null,
  date: string,
  used: Occurrence['used'],
  outcome: number,
  i = 0,
): Occurrence {
  return { id: `o${date}${i}`, planId, date, used, outcome, note: '', entryId: null };
}

describe('plan figures', () => {
  it('with no occurrences: nothing to show, not zero', () => {
    expect(planFigures({ occurrences: [] }, 'p1')).toEqual({
      planId: 'p1',
      timesCameUp: 0,
      followThrough: null,
      averageOutcomeUsed: null,
      averageOutcomeNotUsed: null,
      lastCameUp: null,
      timeline: [],
    });
  });

  it('all "no": 0 % follow-through, outcome only for not used', () => {
    const f = planFigures(
      { occurrences: [occ('p1', '2026-11-01', 'no', 2), occ('p1', '2026-11-03', 'no', 1)] },
      'p1',
    );
    expect(f).toMatchObject({
      timesCameUp: 2,
      followThrough: 0,
      averageOutcomeUsed: null,
      averageOutcomeNotUsed: 1.5,
    });
  });

  it('mixed: partly counts as half; outcomes split by use; other plans ignored; timeline in date order', () => {
    const f = planFigures(
      {
        occurrences: [
          occ('p1', '2026-11-05', 'yes', 5),
          occ('p1', '2026-11-01', 'partly', 3),
          occ('p1', '2026-11-03', 'no', 2),
          occ('p1', '2026-11-04', 'yes', 4),
          occ('p2', '2026-11-06', 'no', 1),
          occ(null, '2026-11-07', 'no', 1),
        ],
      },
      'p1',
    );
    // (1 + 0.5 + 0 + 1) / 4 = 62.5 → 63
    expect(f.followThrough).toBe(63);
    expect(f.timesCameUp).toBe(4);
    expect(f.averageOutcomeUsed).toBe(4);
    expect(f.averageOutcomeNotUsed).toBe(2);
    expect(f.lastCameUp).toBe('2026-11-05');
    expect(f.timeline.map((t) => t.date)).toEqual([
      '2026-11-01',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
    ]);
  });

  it('sorts live plans by most recent use, unused newest last, archived hidden', () => {
    const plan = (id: string, createdAt: string, archived = false) => ({
      id,
      cue: 'x',
      response: 'y',
      archived,
      createdAt,
    });
    const obstacle: Pick<ObstaclePlan, 'plans' | 'occurrences'> = {
      plans: [
        plan('a', '2026-01-01'),
        plan('b', '2026-01-02'),
        plan('c', '2026-01-03'),
        plan('d', '2026-01-04', true),
      ],
      occurrences: [
        occ('a', '2026-11-01', 'yes', 4),
        occ('b', '2026-11-09', 'no', 2),
        occ('d', '2026-11-10', 'yes', 5),
      ],
    };
    expect(plansByRecentUse(obstacle).map((p) => p.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('if-then wording', () => {
  it('builds one readable sentence from the two halves', () => {
    expect(
      ifThenSentence(
        'If I feel the urge to check my phone in bed,',
        'then I will put it in the hall.',
      ),
    ).toBe('If I feel the urge to check my phone in bed, then I will put it in the hall.');
    expect(ifThenSentence('', '')).toBe('If …, then I will ….');
  });

  it('nudges gently when a half is too short or vague, and not when concrete', () => {
    expect(ifThenNudges('stress', 'relax')).toEqual({
      cue: expect.stringMatching(/a little more/),
      response: expect.stringMatching(/What exactly/),
    });
    expect(ifThenNudges('things go badly wrong somehow', 'try to be calmer about it')).toEqual({
      cue: expect.stringMatching(/concrete cue/),
      response: expect.stringMatching(/action you can actually take/),
    });
    expect(
      ifThenNudges(
        'I notice my chest tighten at work',
        'step outside and breathe slowly for two minutes',
      ),
    ).toEqual({
      cue: null,
      response: null,
    });
  });
});
