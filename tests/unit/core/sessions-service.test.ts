import { describe, expect, it } from 'vitest';
import { lastSession, openHomework } from '../../../shared/sessions';
import { PASSPHRASE, snapshot } from '../../support/vaultFixtures';
import { perTestTable } from '../../support/handlerTable';

const now = new Date('2026-11-26T10:00:00Z');
const table = perTestTable(() => now);
const { call } = table;

describe('sessions, homework and agenda', () => {
  it('records a session with homework, marks homework done, keeps it across a lock', async () => {
    const first = await call('sessions:save', {
      date: '2026-11-12',
      therapist: 'Dr. K',
      notes: 'Talked about sleep',
      takeaways: 'Phone out of the bedroom',
      homework: [
        { text: 'Phone in the hall at 10pm', due: '2026-11-19', doneOn: null },
        { text: 'Two thought records', due: null, doneOn: null },
      ],
    });
    await call('sessions:save', {
      date: '2026-11-19',
      therapist: '',
      notes: '',
      takeaways: '',
      homework: [],
    });
    const done = await call('sessions:setHomeworkDone', {
      sessionId: first.id,
      homeworkId: first.homework[0]?.id,
      done: true,
    });
    expect(done.homework[0]?.doneOn).toBe('2026-11-26');
    await call('vault:lock', {});
    await call('vault:unlock', { passphrase: PASSPHRASE });
    const sessions = await call('sessions:list', {});
    expect(sessions.map((s) => s.date)).toEqual(['2026-11-19', '2026-11-12']);
    expect(lastSession(sessions, '2026-11-26')?.date).toBe('2026-11-19');
    expect(lastSession(sessions, '2026-11-15')?.date).toBe('2026-11-12');
    expect(openHomework(sessions).map((h) => h.text)).toEqual(['Two thought records']);
  });

  it('agenda items stay until marked discussed at a session', async () => {
    const s = await call('sessions:save', {
      date: '2026-11-26',
      therapist: '',
      notes: '',
      takeaways: '',
      homework: [],
    });
    const a = await call('agenda:add', { text: 'Ask about sleep', source: 'home', sourceId: null });
    await call('agenda:add', { text: 'The tram panic', source: 'entry', sourceId: 'e1' });
    await call('agenda:update', { id: a.id, discussedIn: s.id });
    const items = await call('agenda:list', {});
    expect(items.map((i) => [i.text, i.discussedIn])).toEqual([
      ['Ask about sleep', s.id],
      ['The tram panic', null],
    ]);
    expect(
      await table.handlers['agenda:update']({ id: a.id, discussedIn: 'nosuchsession' }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses empty text and impossible dates, changing nothing', async () => {
    const before = await snapshot(table.dir);
    expect(
      await table.handlers['agenda:add']({ text: '   ', source: 'home', sourceId: null }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(
      await table.handlers['sessions:save']({
        date: '2026-02-30',
        therapist: '',
        notes: '',
        takeaways: '',
        homework: [],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(
      await table.handlers['sessions:save']({
        date: '2026-11-26',
        therapist: '',
        notes: '',
        takeaways: '',
        homework: [{ text: '', due: null, doneOn: null }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await snapshot(table.dir)).toEqual(before);
  });
});
