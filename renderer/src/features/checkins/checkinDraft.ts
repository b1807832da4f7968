import type { MoodCheckin, MoodCheckinInput, Tracker } from '../../../../shared/checkin';

/**
 * The check-in form as text (what the fields hold) and its conversion to the input main
 * accepts. Empty optional fields mean "not recorded", never zero.
 */
export interface CheckinDraft {
  id?: string;
  date: string;
  mood: number | null;
  emotions: string[];
  sleepHours: string;
  energy: string;
  anxiety: string;
  note: string;
  /** By tracker id: "0"–"10" for ratings, "1"/"0" for yes/no, "" for not recorded. */
  trackers: Record<string, string>;
  entryId: string | null;
}

export type DraftField = 'mood' | 'sleepHours' | 'energy' | 'anxiety' | `tracker:${string}`;
export type DraftErrors = Partial<Record<DraftField, 'required' | 'rating' | 'sleep'>>;

export function emptyDraft(date: string): CheckinDraft {
  return {
    date,
    mood: null,
    emotions: [],
    sleepHours: '',
    energy: '',
    anxiety: '',
    note: '',
    trackers: {},
    entryId: null,
  };
}

const text = (n: number | null): string => (n === null ? '' : String(n));

export function draftFrom(checkin: MoodCheckin): CheckinDraft {
  return {
    id: checkin.id,
    date: checkin.date,
    mood: checkin.mood,
    emotions: [...checkin.emotions],
    sleepHours: text(checkin.sleepHours),
    energy: text(checkin.energy),
    anxiety: text(checkin.anxiety),
    note: checkin.note,
    trackers: Object.fromEntries(Object.entries(checkin.trackers).map(([k, v]) => [k, String(v)])),
    entryId: checkin.entryId,
  };
}

/** "" → null; a whole number 0–10 → that number; anything else → undefined (an error). */
export function parseRating(value: string): number | null | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,2}$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return n <= 10 ? n : undefined;
}

/** "" → null; hours 0–24 (a comma or point for halves) → the number; else undefined. */
export function parseHours(value: string): number | null | undefined {
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') return null;
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return n <= 24 ? n : undefined;
}

/** Adds a word once (case-insensitive), trimmed, at most 12 words of 40 characters. */
export function addEmotion(words: readonly string[], word: string): string[] {
  const clean = word.trim().replace(/\s+/g, ' ').slice(0, 40);
  if (clean === '' || words.length >= 12) return [...words];
  if (words.some((w) => w.toLowerCase() === clean.toLowerCase())) return [...words];
  return [...words, clean];
}

export function toggleEmotion(words: readonly string[], word: string): string[] {
  return words.some((w) => w.toLowerCase() === word.toLowerCase())
    ? words.filter((w) => w.toLowerCase() !== word.toLowerCase())
    : addEmotion(words, word);
}

/** The input for `checkins:save`, or the fields that need attention. */
export function draftToInput(
  draft: CheckinDraft,
  trackers: readonly Tracker[],
): { ok: true; input: MoodCheckinInput } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  if (draft.mood === null) errors.mood = 'required';
  const sleepHours = parseHours(draft.sleepHours);
  if (sleepHours === undefined) errors.sleepHours = 'sleep';
  const energy = parseRating(draft.energy);
  if (energy === undefined) errors.energy = 'rating';
  const anxiety = parseRating(draft.anxiety);
  if (anxiety === undefined) errors.anxiety = 'rating';
  const values: Record<string, number> = {};
  const known = new Set(trackers.map((t) => t.id));
  for (const [id, raw] of Object.entries(draft.trackers)) {
    if (!known.has(id)) continue;
    const value = parseRating(raw);
    if (value === undefined) errors[`tracker:${id}`] = 'rating';
    else if (value !== null) values[id] = value;
  }
  if (Object.keys(errors).length > 0 || draft.mood === null) return { ok: false, errors };
  return {
    ok: true,
    input: {
      ...(draft.id === undefined ? {} : { id: draft.id }),
      date: draft.date,
      mood: draft.mood,
      emotions: draft.emotions,
      sleepHours: sleepHours ?? null,
      energy: energy ?? null,
      anxiety: anxiety ?? null,
      note: draft.note,
      entryId: draft.entryId,
      trackers: values,
    },
  };
}
