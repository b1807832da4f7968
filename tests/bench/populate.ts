import type { Handlers } from '../../shared/contract';
import { emptyGoalInput } from '../../shared/goals';
import { emptyThoughtRecordInput } from '../../shared/thoughtRecords';
import { callOk } from '../support/handlerTable';
import { isoDay, rng, sentence, type MentionTarget } from './synthetic';

/**
 * The structured side of a synthetic vault, written through the real handler table (schemas,
 * services, record shards), so the benchmarked vault is one the app itself could have made:
 * 50 goals with check-ins, 500 thought records, 100 obstacle plans with occurrences, a year of
 * daily mood check-ins, fortnightly PHQ-9 / GAD-7, weekly therapy sessions and an agenda.
 * `scale` shrinks the counts (the smoke run uses 0.1).
 */
export interface PopulateOptions {
  /** The last day of the data (YYYY-MM-DD); everything lies in the year before it. */
  end: string;
  scale?: number;
  seed?: number;
}

const TRAPS = ['all-or-nothing', 'overgeneralisation', 'mental-filter', 'disqualifying-positive'];
const EMOTIONS = ['anxious', 'sad', 'angry', 'ashamed', 'lonely', 'guilty'];

export async function populateVault(
  handlers: Handlers,
  options: PopulateOptions,
): Promise<MentionTarget[]> {
  const scale = options.scale ?? 1;
  const n = (count: number) => Math.max(1, Math.round(count * scale));
  const random = rng(options.seed ?? 7);
  const start = new Date(Date.parse(`${options.end}T00:00:00Z`) - 364 * 86_400_000);
  const day = (offset: number) => isoDay(start, Math.max(0, Math.min(364, offset)));
  const short = (max: number) => sentence(random).slice(0, max);
  const targets: MentionTarget[] = [];

  for (let g = 0; g < n(50); g += 1) {
    const goal = await callOk(handlers, 'goals:save', {
      ...emptyGoalInput(),
      title: short(60),
      specific: sentence(random),
      measure: {
        kind: 'number',
        unit: 'times',
        habitPeriod: 'week',
        baseline: 1,
        target: 5,
        direction: 'up',
      },
      confidence: Math.floor(random() * 11),
      why: sentence(random),
      targetDate: day(364 + 90),
      guidedStep: null,
    });
    targets.push({ kind: 'goal', id: goal.id, label: goal.title });
    // A check-in a fortnight over the year.
    for (let c = 0; c < n(26); c += 1) {
      await callOk(handlers, 'goals:checkIn', {
        goalId: goal.id,
        date: day(c * 14),
        value: 1 + Math.floor(random() * 5),
        note: random() < 0.3 ? short(80) : '',
      });
    }
  }

  for (let t = 0; t < n(500); t += 1) {
    const before = 40 + Math.floor(random() * 60);
    const record = await callOk(handlers, 'thoughts:save', {
      ...emptyThoughtRecordInput(day(Math.floor((t * 365) / n(500)))),
      situation: sentence(random),
      emotions: [
        {
          id: `em${t}`,
          name: EMOTIONS[t % EMOTIONS.length] ?? 'anxious',
          before,
          after: Math.max(0, before - Math.floor(random() * 40)),
        },
      ],
      thoughts: [{ id: `th${t}`, text: sentence(random), belief: 70, hot: true }],
      traps: [TRAPS[t % TRAPS.length] ?? 'all-or-nothing'],
      evidenceFor: sentence(random),
      evidenceAgainst: sentence(random),
      balancedThought: sentence(random),
      balancedBelief: 60,
      hotBeliefAfter: 40,
      status: 'complete',
      step: 0,
    });
    if (t % 10 === 0)
      targets.push({ kind: 'thought', id: record.id, label: record.situation.slice(0, 40) });
  }

  for (let p = 0; p < n(100); p += 1) {
    const plan = await callOk(handlers, 'plans:save', {
      goalId: null,
      wish: short(80),
      outcome: short(80),
      obstacle: short(80),
      obstacleKind: 'habit',
      plans: [
        { cue: short(60), response: short(60) },
        { cue: short(60), response: short(60) },
      ],
      order: p,
      archived: false,
      thoughtRecordIds: [],
    });
    targets.push({ kind: 'plan', id: plan.id, label: plan.wish });
    for (let o = 0; o < n(6); o += 1) {
      await callOk(handlers, 'plans:logOccurrence', {
        obstacleId: plan.id,
        planId: plan.plans[o % 2]?.id ?? null,
        date: day(Math.floor(random() * 365)),
        used: (['yes', 'partly', 'no'] as const)[o % 3],
        outcome: 1 + Math.floor(random() * 5),
        note: '',
      });
    }
  }

  for (let d = 0; d < n(365); d += 1) {
    await callOk(handlers, 'checkins:save', {
      date: day(Math.floor((d * 365) / n(365))),
      mood: 1 + Math.floor(random() * 10),
      emotions: [EMOTIONS[d % EMOTIONS.length] ?? 'calm'],
      sleepHours: 5 + Math.floor(random() * 8) / 2,
      energy: Math.floor(random() * 11),
      anxiety: Math.floor(random() * 11),
      note: random() < 0.2 ? short(100) : '',
    });
  }

  for (let m = 0; m < n(26); m += 1) {
    const date = day(m * 14);
    const answer = () => Math.floor(random() * 3);
    await callOk(handlers, 'measures:save', {
      instrument: 'phq9',
      date,
      answers: [...Array.from({ length: 8 }, answer), 0],
      difficulty: 1,
    });
    await callOk(handlers, 'measures:save', {
      instrument: 'gad7',
      date,
      answers: Array.from({ length: 7 }, answer),
      difficulty: null,
    });
  }

  for (let s = 0; s < n(52); s += 1) {
    const date = day(s * 7);
    await callOk(handlers, 'sessions:save', {
      date,
      therapist: 'Dr. K',
      notes: sentence(random),
      takeaways: sentence(random),
      homework: [{ text: short(80), due: day(s * 7 + 7), doneOn: random() < 0.7 ? date : null }],
    });
  }
  for (let a = 0; a < n(20); a += 1) {
    await callOk(handlers, 'agenda:add', {
      text: sentence(random),
      source: 'home',
      sourceId: null,
    });
  }
  return targets;
}
