import { describe, expect, it } from 'vitest';
import type { Tracker } from '../../../shared/checkin';
import { moodCheckinInputSchema } from '../../../shared/checkin';
import {
  addEmotion,
  draftFrom,
  draftToInput,
  emptyDraft,
  parseHours,
  parseRating,
  toggleEmotion,
} from '../../../renderer/src/features/checkins/checkinDraft';

const trackers: Tracker[] = [
  { id: 'walk000000000001', name: 'Took a walk', scale: 'yesno', archived: false },
  { id: 'pain000000000001', name: 'Pain', scale: 'rating', archived: false },
];

describe('check-in form', () => {
  it('reads ratings and hours; empty means not recorded', () => {
    expect(parseRating('')).toBeNull();
    expect(parseRating(' 7 ')).toBe(7);
    expect(parseRating('0')).toBe(0);
    expect(parseRating('10')).toBe(10);
    expect(parseRating('11')).toBeUndefined();
    expect(parseRating('-1')).toBeUndefined();
    expect(parseRating('6.5')).toBeUndefined();
    expect(parseRating('lots')).toBeUndefined();
    expect(parseHours('7,5')).toBe(7.5);
    expect(parseHours('24')).toBe(24);
    expect(parseHours('25')).toBeUndefined();
    expect(parseHours('')).toBeNull();
  });

  it('adds words once, case-insensitively, at most twelve', () => {
    expect(addEmotion(['Calm'], ' calm ')).toEqual(['Calm']);
    expect(addEmotion(['Calm'], '  a  bit   flat ')).toEqual(['Calm', 'a bit flat']);
    expect(addEmotion([], '   ')).toEqual([]);
    const twelve = Array.from({ length: 12 }, (_, i) => `w${i}`);
    expect(addEmotion(twelve, 'more')).toHaveLength(12);
    expect(toggleEmotion(['Calm', 'Tired'], 'calm')).toEqual(['Tired']);
    expect(toggleEmotion(['Tired'], 'Calm')).toEqual(['Tired', 'Calm']);
  });

  it('needs a mood and sound numbers, and says which fields', () => {
    const draft = {
      ...emptyDraft('2026-03-10'),
      energy: '12',
      sleepHours: 'late',
      trackers: { pain000000000001: '11' },
    };
    const result = draftToInput(draft, trackers);
    expect(result).toEqual({
      ok: false,
      errors: {
        mood: 'required',
        energy: 'rating',
        sleepHours: 'sleep',
        'tracker:pain000000000001': 'rating',
      },
    });
  });

  it('builds an input main accepts, dropping unknown trackers and empty values', () => {
    const draft = {
      ...emptyDraft('2026-03-10'),
      mood: 6,
      emotions: ['Tired'],
      sleepHours: '6.5',
      anxiety: '3',
      trackers: { walk000000000001: '1', pain000000000001: '', gone000000000001: '4' },
    };
    const result = draftToInput(draft, trackers);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input).toEqual({
      date: '2026-03-10',
      mood: 6,
      emotions: ['Tired'],
      sleepHours: 6.5,
      energy: null,
      anxiety: 3,
      note: '',
      entryId: null,
      trackers: { walk000000000001: 1 },
    });
    expect(moodCheckinInputSchema.safeParse(result.input).success).toBe(true);
  });

  it('round-trips a stored check-in through the form, keeping its id and entry link', () => {
    const stored = {
      id: 'abc0000000000001',
      date: '2026-03-09',
      at: '2026-03-09T20:00:00.000Z',
      mood: 4,
      emotions: ['Sad'],
      sleepHours: null,
      energy: 2,
      anxiety: null,
      note: 'Long day',
      entryId: 'entry00000000001',
      trackers: { pain000000000001: 5 },
    };
    const result = draftToInput(draftFrom(stored), trackers);
    expect(result.ok && result.input).toEqual({
      id: stored.id,
      date: stored.date,
      mood: 4,
      emotions: ['Sad'],
      sleepHours: null,
      energy: 2,
      anxiety: null,
      note: 'Long day',
      entryId: 'entry00000000001',
      trackers: { pain000000000001: 5 },
    });
  });
});
