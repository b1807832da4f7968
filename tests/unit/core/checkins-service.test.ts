import { describe, expect, it } from 'vitest';
import type { Channel } from '../../../shared/channels';
import { needsSafetyNotice, scoreSeries } from '../../../shared/measures';
import { PASSPHRASE, doc, snapshot } from '../../support/vaultFixtures';
import { perTestTable } from '../../support/handlerTable';

const now = new Date('2026-11-26T10:00:00Z');
const table = perTestTable(() => now);
const { call } = table;

describe('check-ins, trackers and questionnaires', () => {
  it('one mood record type: the daily check-in and the journal mood picker share it', async () => {
    const walk = await call('trackers:save', {
      name: 'Took a walk',
      scale: 'yesno',
      archived: false,
    });
    const daily = await call('checkins:save', {
      date: '2026-11-26',
      mood: 6,
      emotions: ['hopeful'],
      sleepHours: 7.5,
      energy: 5,
      anxiety: 3,
      note: 'ok day',
      trackers: { [walk.id]: 1 },
    });
    const entry = await call('journal:create', { date: '2026-11-26' });
    await call('journal:save', { id: entry.id, content: doc('x') });
    await call('journal:setMood', { entryId: entry.id, mood: 4 });
    await call('vault:lock', {});
    await call('vault:unlock', { passphrase: PASSPHRASE });
    const all = await call('checkins:list', {});
    expect(all.map((c) => [c.mood, c.entryId])).toEqual(
      expect.arrayContaining([
        [6, null],
        [4, entry.id],
      ]),
    );
    const edited = await call('checkins:save', { ...daily, mood: 7 });
    expect(edited.id).toBe(daily.id);
    expect((await call('checkins:list', {})).find((c) => c.id === daily.id)).toMatchObject({
      mood: 7,
      sleepHours: 7.5,
      trackers: { [walk.id]: 1 },
    });
    await call('checkins:delete', { id: daily.id });
    expect(await call('checkins:list', {})).toHaveLength(1);
  });

  it('stores PHQ-9 and GAD-7 answers, scored with change since last time', async () => {
    await call('measures:save', {
      instrument: 'phq9',
      date: '2026-11-01',
      answers: [2, 2, 2, 2, 2, 2, 1, 1, 0],
      difficulty: 1,
    });
    const second = await call('measures:save', {
      instrument: 'phq9',
      date: '2026-11-15',
      answers: [1, 1, 1, 1, 1, 1, 1, 1, 1],
      difficulty: null,
    });
    expect(needsSafetyNotice(second)).toBe(true);
    const series = scoreSeries(await call('measures:list', {}), 'phq9');
    expect(series.map((s) => [s.total, s.band, s.change])).toEqual([
      [14, 'Moderate', null],
      [9, 'Mild', -5],
    ]);
  });

  it('refuses incomplete questionnaires, out-of-range moods and unknown ids, changing nothing', async () => {
    const before = await snapshot(table.dir);
    const bad: [Channel, unknown][] = [
      [
        'measures:save',
        {
          instrument: 'phq9',
          date: '2026-11-26',
          answers: [0, 0, 0, 0, 0, 0, 0],
          difficulty: null,
        },
      ],
      [
        'measures:save',
        {
          instrument: 'gad7',
          date: '2026-11-26',
          answers: [0, 0, 0, 0, 0, 0, 5],
          difficulty: null,
        },
      ],
      ['checkins:save', { date: '2026-11-26', mood: 11 }],
      ['checkins:save', { date: '2026-11-26', mood: 5, energy: 12 }],
      ['trackers:save', { name: '', scale: 'yesno', archived: false }],
    ];
    for (const [channel, input] of bad) {
      expect(
        await (table.handlers[channel] as (i: unknown) => Promise<unknown>)(input),
        channel,
      ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(
      await table.handlers['checkins:save']({ id: 'nope', date: '2026-11-26', mood: 5 }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await table.handlers['measures:delete']({ id: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await snapshot(table.dir)).toEqual(before);
  });
});
