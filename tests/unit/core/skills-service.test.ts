import { describe, expect, it } from 'vitest';
import { BUILTIN_SKILLS } from '../../../shared/skills';
import { PASSPHRASE, doc, snapshot } from '../../support/vaultFixtures';
import { perTestTable } from '../../support/handlerTable';

const now = new Date('2026-11-26T10:00:00Z');
const table = perTestTable(() => now);
const { call } = table;

const BREATHING = 'builtin-paced-breathing';
const practice = {
  skillId: BREATHING,
  date: '2026-11-24',
  situation: 'Before the work call',
  situationTag: 'anxious',
  before: 8,
  after: 4,
  helpful: 4,
  note: 'Slower out-breath helped',
};

describe('skills through the handler table', () => {
  it('lists the starter set, adds, edits and archives my own skill, and keeps it after a relock', async () => {
    const start = await call('skills:list', {});
    expect(start.map((s) => s.id)).toEqual(BUILTIN_SKILLS.map((b) => b.id));
    expect(start.every((s) => s.builtin && !s.hidden)).toBe(true);

    const mine = await call('skills:save', {
      name: 'Cold water on my face',
      howTo: 'Splash cold water for thirty seconds.',
      tags: ['calming'],
      whenItHelps: 'When I am panicky',
    });
    expect(mine).toMatchObject({ builtin: false, hidden: false, tags: ['calming'] });
    const edited = await call('skills:save', {
      id: mine.id,
      name: 'Cold water',
      howTo: 'Splash cold water.',
      tags: ['calming', 'activating'],
      whenItHelps: '',
    });
    expect(edited).toMatchObject({ id: mine.id, name: 'Cold water' });
    await call('skills:setHidden', { id: mine.id, hidden: true });

    await call('vault:lock', {});
    await call('vault:unlock', { passphrase: PASSPHRASE });
    const after = await call('skills:list', {});
    expect(after).toHaveLength(BUILTIN_SKILLS.length + 1);
    expect(after.find((s) => s.id === mine.id)).toMatchObject({
      name: 'Cold water',
      tags: ['calming', 'activating'],
      hidden: true,
    });
  });

  it('hides a built-in and keeps my note on it, but never changes its words', async () => {
    const hidden = await call('skills:setHidden', { id: BREATHING, hidden: true });
    expect(hidden).toMatchObject({ id: BREATHING, hidden: true, name: 'Paced breathing' });
    const noted = await call('skills:setWhenItHelps', {
      id: BREATHING,
      whenItHelps: 'Before calls',
    });
    expect(noted).toMatchObject({ hidden: true, whenItHelps: 'Before calls' });
    const before = await snapshot(table.dir);
    expect(
      await table.handlers['skills:save']({
        id: BREATHING,
        name: 'My breathing',
        howTo: '',
        tags: [],
        whenItHelps: '',
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input', message: /cannot be changed/ } });
    expect(await snapshot(table.dir)).toEqual(before);
    const back = await call('skills:setHidden', { id: BREATHING, hidden: false });
    expect(back).toMatchObject({ hidden: false, whenItHelps: 'Before calls' });
  });

  it('logs practice from an entry, lists it newest first, and deletes it', async () => {
    const entry = await call('journal:create', { date: '2026-11-25', content: doc('Rough day') });
    const first = await call('skills:logPractice', practice);
    const second = await call('skills:logPractice', {
      ...practice,
      date: '2026-11-25',
      before: null,
      after: null,
      situationTag: null,
      entryId: entry.id,
    });
    expect(first.entryId).toBeNull();
    expect(second).toMatchObject({ entryId: entry.id, before: null });
    expect((await call('skills:practices', {})).map((p) => p.id)).toEqual([second.id, first.id]);
    await call('skills:deletePractice', { id: first.id });
    expect((await call('skills:practices', {})).map((p) => p.id)).toEqual([second.id]);
    expect(await table.handlers['skills:deletePractice']({ id: first.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('rejects out-of-range ratings, unknown skills and bad dates, writing nothing', async () => {
    const before = await snapshot(table.dir);
    for (const bad of [
      { before: 11 },
      { after: -1 },
      { before: 4.5 },
      { helpful: 0 },
      { helpful: 6 },
      { helpful: '4' },
      { date: '2026-13-01' },
      { situationTag: 'spooky' },
      { note: 'x'.repeat(1001) },
      { extra: true },
    ]) {
      expect(
        await table.handlers['skills:logPractice']({ ...practice, ...bad }),
        JSON.stringify(bad),
      ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(
      await table.handlers['skills:logPractice']({ ...practice, skillId: 'no-such-skill' }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(
      await table.handlers['skills:save']({ name: '', howTo: '', tags: [], whenItHelps: '' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input', message: /short name/ } });
    expect(
      await table.handlers['skills:save']({
        name: 'X',
        howTo: '',
        tags: ['sleepy'],
        whenItHelps: '',
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await snapshot(table.dir)).toEqual(before);
  });

  it('links a skill to a goal step, an if-then plan and session homework', async () => {
    const plan = await call('plans:save', {
      goalId: null,
      wish: '',
      outcome: '',
      obstacle: 'Panic before calls',
      obstacleKind: 'feeling',
      plans: [{ cue: 'my chest tightens', response: 'do paced breathing', skillId: BREATHING }],
      order: 0,
      archived: false,
      thoughtRecordIds: [],
    });
    expect(plan.plans[0]?.skillId).toBe(BREATHING);
    const session = await call('sessions:save', {
      date: '2026-11-20',
      therapist: '',
      notes: '',
      takeaways: '',
      homework: [
        {
          text: 'Practise paced breathing 3× this week',
          due: '2026-11-27',
          doneOn: null,
          skill: { skillId: BREATHING, times: 3 },
        },
      ],
    });
    expect(session.homework[0]?.skill).toEqual({ skillId: BREATHING, times: 3 });
    expect(
      await table.handlers['sessions:save']({
        date: '2026-11-20',
        therapist: '',
        notes: '',
        takeaways: '',
        homework: [{ text: 'x', due: null, doneOn: null, skill: { skillId: BREATHING, times: 0 } }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('puts counts, most helpful and homework progress in the summary, never notes or situations', async () => {
    await call('sessions:save', {
      date: '2026-11-20',
      therapist: '',
      notes: '',
      takeaways: '',
      homework: [
        {
          text: 'Breathing practice',
          due: '2026-11-27',
          doneOn: null,
          skill: { skillId: BREATHING, times: 3 },
        },
      ],
    });
    await call('skills:logPractice', practice);
    await call('skills:logPractice', {
      ...practice,
      date: '2026-11-25',
      helpful: 5,
      before: 6,
      after: 3,
    });
    await call('skills:logPractice', {
      ...practice,
      skillId: 'builtin-short-walk',
      helpful: 2,
      before: null,
    });
    const options = {
      from: '2026-11-20',
      to: '2026-11-26',
      sections: { skills: true },
      entries: [],
      thoughtRecordIds: [],
    };
    const built = await call('summary:build', options);
    expect(built.model.skills).toMatchObject({
      practices: 3,
      mostHelpful: [
        { name: 'Paced breathing', averageHelpful: 4.5, count: 2 },
        { name: 'A short walk', averageHelpful: 2, count: 1 },
      ],
      homework: [{ skill: 'Paced breathing', times: 3, done: 2, complete: false }],
    });
    expect(built.model.skills?.bySkill[0]).toEqual({
      name: 'Paced breathing',
      count: 2,
      averageHelpful: 4.5,
      averageChange: -3.5,
    });
    for (const text of [built.html, built.markdown]) {
      expect(text).toContain('Skills practised');
      expect(text).toContain('Paced breathing');
      expect(text).toMatch(/practised 2 of 3 times/);
      expect(text).not.toContain('work call');
      expect(text).not.toContain('out-breath');
    }
    const off = await call('summary:build', { ...options, sections: { skills: false } });
    expect(off.model.skills).toBeNull();
    expect(off.html).not.toContain('Skills practised');
  });
});
