import { afterEach, describe, expect, it } from 'vitest';
import { docToText, entrySchema } from '../../../shared/journal';
import { populateVault } from '../../bench/populate';
import { syntheticEntries, syntheticQueries } from '../../bench/synthetic';
import { callOk, openTestTable } from '../../support/handlerTable';

/** The benchmark's data must be real app data, or its figures measure nothing real. */
describe('benchmark data', () => {
  let close: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await close?.();
    close = null;
  });

  it('is deterministic, valid entries of about 400 words with marks, lists and mentions', () => {
    const targets = [{ kind: 'goal' as const, id: 'goal1', label: 'Walk after work' }];
    const a = syntheticEntries(365, 1, { end: '2026-11-25', targets });
    const b = syntheticEntries(365, 1, { end: '2026-11-25', targets });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    for (const entry of a) expect(entrySchema.safeParse(entry).success).toBe(true);
    const words = a.map((e) => docToText(e.content).split(/\s+/).length);
    const average = words.reduce((x, y) => x + y, 0) / words.length;
    expect(average).toBeGreaterThan(300);
    expect(average).toBeLessThan(550);
    const json = JSON.stringify(a);
    for (const piece of ['"bold"', '"italic"', 'List"', '"heading"', '"mention"'])
      expect(json).toContain(piece);
    expect(a.some((e) => e.links.some((l) => l.id === 'goal1'))).toBe(true);
    expect(a.at(-1)?.date).toBe('2026-11-25');
  });

  it('has search queries that find entries, from common words to rare ones', () => {
    const entries = syntheticEntries(300, 1, { end: '2026-11-25' });
    const texts = entries.map((e) => docToText(e.content).toLowerCase());
    const queries = syntheticQueries();
    for (const word of queries['one word'])
      expect(
        texts.some((t) => t.includes(word)),
        word,
      ).toBe(true);
    const counts = queries['one word'].map((w) => texts.filter((t) => t.includes(w)).length);
    expect(counts[0]).toBeGreaterThan(counts.at(-1) ?? 0);
  });

  it('writes goals, thought records, plans, check-ins, measures and sessions through the handlers', async () => {
    const table = await openTestTable(() => new Date('2026-11-26T12:00:00Z'));
    close = table.close;
    const targets = await populateVault(table.handlers, { end: '2026-11-25', scale: 0.04 });
    const { handlers } = table;
    expect(await callOk(handlers, 'goals:list', {})).toHaveLength(2);
    expect((await callOk(handlers, 'goals:list', {}))[0]?.checkins.length).toBe(1);
    expect(await callOk(handlers, 'thoughts:list', {})).toHaveLength(20);
    expect((await callOk(handlers, 'plans:list', {}))[0]?.occurrences.length).toBeGreaterThan(0);
    expect(await callOk(handlers, 'checkins:list', {})).toHaveLength(15);
    expect(await callOk(handlers, 'measures:list', {})).toHaveLength(2);
    expect(await callOk(handlers, 'sessions:list', {})).toHaveLength(2);
    expect(targets.map((t) => t.kind)).toEqual(expect.arrayContaining(['goal', 'thought', 'plan']));
  });
});
