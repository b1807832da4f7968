import type { MoodCheckin } from './checkin';
import { addDays, dayNumber, fromDayNumber } from './dates';
import {
  latestValue,
  paceNeededPerWeek,
  paceNowPerWeek,
  percentOfWay,
  sortedCheckins,
} from './goalProgress';
import type { Goal, GoalStatus } from './goals';
import { docToText, type Entry } from './journal';
import { INSTRUMENTS, PHQ9_SAFETY_ITEM, scoreSeries, type Measure } from './measures';
import { ifThenSentence, type ObstaclePlan } from './obstaclePlans';
import { planFigures } from './planFigures';
import type { AgendaItem, TherapySession } from './sessions';
import type { Practice, Skill } from './skills';
import { skillsSection, type SkillsSummary } from './summarySkills';
import { allTraps, trapName, type CustomTrap } from './thinkingTraps';
import { averageChange, topTraps } from './thoughtInsights';
import { hotThought, type ThoughtRecord } from './thoughtRecords';
import { z } from './zod';

/**
 * The pre-session summary model (DOMAIN.md §5): which data and which figures, as plain data.
 * A pure function: the HTML and Markdown renderings read only this, so what is exported is
 * exactly what the model holds. Private by default — journal text reaches the model only for
 * entries the user picked, and nothing else in it ever names an entry.
 */

export const SUMMARY_SECTIONS = [
  'mood',
  'measures',
  'goals',
  'plans',
  'thoughts',
  'excerpts',
  'agenda',
  'homework',
  'skills',
] as const;
export type SummarySection = (typeof SUMMARY_SECTIONS)[number];

export const SECTION_TITLES: Record<SummarySection, string> = {
  mood: 'Mood and check-ins',
  measures: 'Questionnaires',
  goals: 'Goals',
  plans: 'Obstacle plans',
  thoughts: 'Thought records',
  excerpts: 'From my journal',
  agenda: 'What I would like to talk about',
  homework: 'Homework',
  skills: 'Skills practised',
};

export const summaryOptionsSchema = z.strictObject({
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  sections: z.partialRecord(z.enum(SUMMARY_SECTIONS), z.boolean()),
  /** Picked entries: whole text, or only the passage the user selected. */
  entries: z
    .array(
      z.strictObject({
        entryId: z.string().max(64),
        mode: z.enum(['full', 'excerpt']),
        excerpt: z.string().max(20_000).optional(),
      }),
    )
    .max(200),
  /** Thought records the user picked to show in full (the counts cover all of them). */
  thoughtRecordIds: z.array(z.string().max(64)).max(200),
});
export type SummaryOptions = z.infer<typeof summaryOptionsSchema>;

export interface SummaryData {
  entries: readonly Entry[];
  checkins: readonly MoodCheckin[];
  measures: readonly Measure[];
  goals: readonly Goal[];
  plans: readonly ObstaclePlan[];
  thoughts: readonly ThoughtRecord[];
  customTraps: readonly CustomTrap[];
  sessions: readonly TherapySession[];
  agenda: readonly AgendaItem[];
  skills?: readonly Skill[] | undefined;
  practices?: readonly Practice[] | undefined;
}

export const FOOTER =
  'Self-report prepared by the client with Waypoint — not a clinical assessment.';

export interface SummaryModel {
  from: string;
  to: string;
  preparedOn: string;
  sections: SummarySection[];
  mood: {
    count: number;
    average: number | null;
    lowest: number | null;
    highest: number | null;
    /** One point per day with a check-in (the day's average). */
    points: { date: string; mood: number }[];
    weekly: { weekOf: string; average: number; count: number }[];
    topEmotions: { word: string; count: number }[];
    sleepAverage: number | null;
  } | null;
  measures: {
    instruments: {
      name: string;
      results: { date: string; total: number; max: number; band: string; change: number | null }[];
    }[];
    /** PHQ-9 item 9 above 0 in the period: stated plainly for the therapist. */
    item9: { date: string; answer: number; label: string }[];
  } | null;
  goals:
    | {
        title: string;
        status: GoalStatus;
        unit: string;
        baseline: number | null;
        latest: number | null;
        target: number | null;
        percent: number | null;
        paceNow: number | null;
        paceNeeded: number | null;
        targetDate: string | null;
        checkins: { date: string; value: number }[];
        statusChanges: { on: string; status: GoalStatus; note: string }[];
      }[]
    | null;
  plans:
    | {
        obstacle: string;
        cameUp: number;
        plans: { sentence: string; cameUp: number; followThrough: number | null }[];
      }[]
    | null;
  thoughts: {
    count: number;
    topTraps: { name: string; count: number }[];
    averageEmotionChange: number | null;
    averageBeliefChange: number | null;
    picked: {
      date: string;
      situation: string;
      hotThought: string;
      emotions: { name: string; before: number; after: number | null }[];
      traps: string[];
      balancedThought: string;
    }[];
  } | null;
  excerpts: { date: string; title: string; text: string; partial: boolean }[] | null;
  agenda: string[] | null;
  homework: { text: string; due: string | null; done: boolean; fromSession: string }[] | null;
  skills: SkillsSummary | null;
  /** In-app only (never exported): measures left out while a PHQ-9 item 9 was above 0. */
  suggestTellInPerson: boolean;
  footer: string;
}

const inRange = (date: string, from: string, to: string): boolean => date >= from && date <= to;
const round1 = (n: number): number => Math.round(n * 10) / 10;
const mean = (values: number[]): number | null =>
  values.length === 0 ? null : round1(values.reduce((a, b) => a + b, 0) / values.length);

/** The Monday of the week `date` falls in. */
function weekOf(date: string): string {
  const day = dayNumber(date);
  // Day 0 (1970-01-01) was a Thursday; Monday-based index.
  const weekday = (((day + 3) % 7) + 7) % 7;
  return fromDayNumber(day - weekday);
}

function moodSection(
  data: SummaryData,
  from: string,
  to: string,
): NonNullable<SummaryModel['mood']> {
  const list = data.checkins.filter((c) => inRange(c.date, from, to));
  const byDay = new Map<string, number[]>();
  for (const c of list) byDay.set(c.date, [...(byDay.get(c.date) ?? []), c.mood]);
  const points = [...byDay]
    .map(([date, moods]) => ({ date, mood: mean(moods) ?? 0 }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const weeks = new Map<string, number[]>();
  for (const c of list) weeks.set(weekOf(c.date), [...(weeks.get(weekOf(c.date)) ?? []), c.mood]);
  const words = new Map<string, number>();
  for (const c of list)
    for (const w of c.emotions) words.set(w.toLowerCase(), (words.get(w.toLowerCase()) ?? 0) + 1);
  const moods = list.map((c) => c.mood);
  return {
    count: list.length,
    average: mean(moods),
    lowest: moods.length ? Math.min(...moods) : null,
    highest: moods.length ? Math.max(...moods) : null,
    points,
    weekly: [...weeks]
      .map(([week, values]) => ({ weekOf: week, average: mean(values) ?? 0, count: values.length }))
      .sort((a, b) => a.weekOf.localeCompare(b.weekOf)),
    topEmotions: [...words]
      .map(([word, count]) => ({ word, count }))
      .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))
      .slice(0, 5),
    sleepAverage: mean(list.flatMap((c) => (c.sleepHours === null ? [] : [c.sleepHours]))),
  };
}

function measuresSection(
  data: SummaryData,
  from: string,
  to: string,
): NonNullable<SummaryModel['measures']> {
  const instruments = (['phq9', 'gad7'] as const).map((id) => {
    const instrument = INSTRUMENTS[id];
    // Change is computed over the whole history so the first one in the period still shows it.
    const results = scoreSeries(data.measures, id)
      .filter((s) => inRange(s.measure.date, from, to))
      .map((s) => ({
        date: s.measure.date,
        total: s.total,
        max: instrument.items.length * 3,
        band: s.band,
        change: s.change,
      }));
    return { name: instrument.name, results };
  });
  const item9 = data.measures
    .filter(
      (m) =>
        m.instrument === 'phq9' &&
        inRange(m.date, from, to) &&
        (m.answers[PHQ9_SAFETY_ITEM] ?? 0) > 0,
    )
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((m) => {
      const answer = m.answers[PHQ9_SAFETY_ITEM] ?? 0;
      return {
        date: m.date,
        answer,
        label:
          ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'][answer] ??
          '',
      };
    });
  return { instruments: instruments.filter((i) => i.results.length > 0), item9 };
}

function goalsSection(
  data: SummaryData,
  from: string,
  to: string,
): NonNullable<SummaryModel['goals']> {
  return data.goals
    .filter(
      (g) =>
        g.status === 'active' ||
        g.statusHistory.some((h) => inRange(h.on, from, to)) ||
        g.checkins.some((c) => inRange(c.date, from, to)),
    )
    .map((g) => {
      const upTo = { ...g, checkins: g.checkins.filter((c) => c.date <= to) };
      return {
        title: g.title,
        status: g.status,
        unit: g.measure.kind === 'rating' ? 'out of 10' : g.measure.unit,
        baseline: g.measure.baseline,
        latest: latestValue(upTo),
        target: g.measure.target,
        percent: percentOfWay(upTo),
        paceNow: paceNowPerWeek(upTo),
        paceNeeded: paceNeededPerWeek(upTo, to),
        targetDate: g.targetDate,
        checkins: sortedCheckins(upTo)
          .filter((c) => inRange(c.date, from, to))
          .map((c) => ({ date: c.date, value: c.value })),
        // Only the status and the user's note: never an entry's title as a link label.
        statusChanges: g.statusHistory
          .filter((h) => inRange(h.on, from, to))
          .map((h) => ({ on: h.on, status: h.status, note: h.note })),
      };
    });
}

function plansSection(
  data: SummaryData,
  from: string,
  to: string,
): NonNullable<SummaryModel['plans']> {
  return data.plans
    .filter((p) => !p.archived)
    .map((p) => {
      const inPeriod = { occurrences: p.occurrences.filter((o) => inRange(o.date, from, to)) };
      return {
        obstacle: p.obstacle,
        cameUp: inPeriod.occurrences.length,
        plans: p.plans
          .filter((plan) => !plan.archived)
          .map((plan) => {
            const figures = planFigures(inPeriod, plan.id);
            return {
              sentence: ifThenSentence(plan.cue, plan.response),
              cameUp: figures.timesCameUp,
              followThrough: figures.followThrough,
            };
          }),
      };
    });
}

function thoughtsSection(
  data: SummaryData,
  options: SummaryOptions,
): NonNullable<SummaryModel['thoughts']> {
  const period = { from: options.from, to: options.to };
  const traps = allTraps(data.customTraps);
  const change = averageChange(data.thoughts, period);
  const picked = new Set(options.thoughtRecordIds);
  return {
    count: change.records,
    topTraps: topTraps(data.thoughts, period, 5).map((t) => ({
      name: trapName(t.trapId, traps),
      count: t.count,
    })),
    averageEmotionChange: change.emotion === null ? null : round1(change.emotion),
    averageBeliefChange: change.belief === null ? null : round1(change.belief),
    picked: data.thoughts
      .filter((r) => picked.has(r.id))
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((r) => ({
        date: r.date,
        situation: r.situation,
        hotThought: hotThought(r)?.text ?? '',
        emotions: r.emotions.map((e) => ({ name: e.name, before: e.before, after: e.after })),
        traps: r.traps.map((id) => trapName(id, traps)),
        balancedThought: r.balancedThought,
      })),
  };
}

/** The text of a picked entry: all of it, or only the passage the user chose (which must be in it). */
function excerptsSection(
  data: SummaryData,
  options: SummaryOptions,
): NonNullable<SummaryModel['excerpts']> {
  const byId = new Map(data.entries.map((e) => [e.id, e]));
  const out: NonNullable<SummaryModel['excerpts']> = [];
  for (const pick of options.entries) {
    const entry = byId.get(pick.entryId);
    if (!entry || entry.deletedAt !== null) continue;
    const full = docToText(entry.content).trim();
    const wanted = pick.mode === 'excerpt' ? (pick.excerpt ?? '').trim() : '';
    // An excerpt must come from the entry itself; anything else is dropped, not invented.
    const partial = pick.mode === 'excerpt' && wanted !== '' && full.includes(wanted);
    if (pick.mode === 'excerpt' && !partial) continue;
    out.push({ date: entry.date, title: entry.title, text: partial ? wanted : full, partial });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

function homeworkSection(
  data: SummaryData,
  from: string,
  to: string,
): NonNullable<SummaryModel['homework']> {
  // Homework set at sessions up to the end of the period and not done before it began.
  return data.sessions
    .filter((s) => s.date <= to)
    .flatMap((s) =>
      s.homework
        .filter((h) => h.doneOn === null || h.doneOn >= from)
        .map((h) => ({
          text: h.text,
          due: h.due,
          done: h.doneOn !== null && h.doneOn <= to,
          fromSession: s.date,
        })),
    )
    .sort((a, b) => a.fromSession.localeCompare(b.fromSession));
}

export function buildSummary(
  data: SummaryData,
  options: SummaryOptions,
  preparedOn: string,
): SummaryModel {
  const on = (s: SummarySection): boolean => options.sections[s] === true;
  const { from, to } = options;
  const measuresOff = !on('measures');
  const item9InPeriod = data.measures.some(
    (m) =>
      m.instrument === 'phq9' &&
      inRange(m.date, from, to) &&
      (m.answers[PHQ9_SAFETY_ITEM] ?? 0) > 0,
  );
  return {
    from,
    to,
    preparedOn,
    sections: SUMMARY_SECTIONS.filter(on),
    mood: on('mood') ? moodSection(data, from, to) : null,
    measures: on('measures') ? measuresSection(data, from, to) : null,
    goals: on('goals') ? goalsSection(data, from, to) : null,
    plans: on('plans') ? plansSection(data, from, to) : null,
    thoughts: on('thoughts') ? thoughtsSection(data, options) : null,
    excerpts: on('excerpts') ? excerptsSection(data, options) : null,
    agenda: on('agenda')
      ? data.agenda.filter((a) => a.discussedIn === null).map((a) => a.text)
      : null,
    homework: on('homework') ? homeworkSection(data, from, to) : null,
    skills: on('skills') ? skillsSection(data, from, to) : null,
    suggestTellInPerson: measuresOff && item9InPeriod,
    footer: FOOTER,
  };
}

/** The default period: since the last session (or the last 4 weeks when there is none). */
export function defaultPeriod(
  sessions: readonly TherapySession[],
  today: string,
): { from: string; to: string } {
  const last = sessions
    .filter((s) => s.date < today)
    .sort((a, b) => b.date.localeCompare(a.date))[0];
  return { from: last ? last.date : addDays(today, -27), to: today };
}

/** Entries flagged "share with therapist" in the period: pre-selected, visible and removable. */
export function preselectedEntries(
  entries: readonly Entry[],
  from: string,
  to: string,
): SummaryOptions['entries'] {
  return entries
    .filter((e) => e.shareWithTherapist && e.deletedAt === null && inRange(e.date, from, to))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => ({ entryId: e.id, mode: 'full' as const }));
}
