import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel } from '../../../shared/channels';
import type { OutputOf } from '../../../shared/contract';
import { TEMPLATE_LIMITS, templateDocFromText } from '../../../shared/journalTemplates';
import { docToText } from '../../../shared/journal';
import { PASSPHRASE, doc, snapshot } from '../../support/vaultFixtures';
import { callOk, openTestTable } from '../../support/handlerTable';

let table: Awaited<ReturnType<typeof openTestTable>>;
let clock = new Date('2026-11-26T10:00:00Z');

beforeEach(async () => {
  clock = new Date('2026-11-26T10:00:00Z');
  table = await openTestTable(() => clock);
});
afterEach(async () => {
  await table.close();
});

function call<C extends Channel>(channel: C, input: unknown): Promise<OutputOf<C>> {
  return callOk(table.handlers, channel, input);
}

async function refused(
  channel: Channel,
  input: unknown,
): Promise<{ code: string; message: string }> {
  const result = (await (table.handlers[channel] as (i: unknown) => Promise<unknown>)(input)) as {
    ok: boolean;
    error?: { code: string; message: string };
  };
  expect(result.ok, `${channel} should refuse`).toBe(false);
  return result.error ?? { code: '', message: '' };
}

const evening = doc('What happened today?', 'One thing I handled well:');

describe('user templates through the handler table', () => {
  it('creates templates, lists them by name, and keeps them encrypted across a lock', async () => {
    const created = await call('templates:save', { name: '  Evening check ', content: evening });
    await call('templates:save', { name: 'After therapy', content: doc('What stayed with me') });
    expect(created).toMatchObject({
      name: 'Evening check',
      content: evening,
      createdAt: '2026-11-26T10:00:00.000Z',
    });

    await call('vault:lock', {});
    await call('vault:unlock', { passphrase: PASSPHRASE });
    const list = await call('templates:list', {});
    expect(list.map((t) => t.name)).toEqual(['After therapy', 'Evening check']);
    expect(list[1]?.content).toEqual(evening);

    const files = await snapshot(table.dir);
    expect([...files.keys()]).toContain('records/templates.wpv');
    for (const bytes of files.values()) {
      expect(bytes.toString('utf8')).not.toContain('handled well');
      expect(bytes.toString('utf8')).not.toContain('Evening check');
    }
  });

  it('renames a template without touching its text, and deletes it', async () => {
    const created = await call('templates:save', { name: 'Evening', content: evening });
    clock = new Date('2026-11-27T08:00:00Z');
    const renamed = await call('templates:save', { id: created.id, name: 'Wind-down' });
    expect(renamed).toMatchObject({
      id: created.id,
      name: 'Wind-down',
      content: evening,
      createdAt: created.createdAt,
      updatedAt: '2026-11-27T08:00:00.000Z',
    });
    expect(await call('templates:list', {})).toHaveLength(1);

    await call('templates:delete', { id: created.id });
    expect(await call('templates:list', {})).toEqual([]);
    expect(await refused('templates:delete', { id: created.id })).toMatchObject({
      code: 'not_found',
      message: 'That template no longer exists.',
    });
  });

  it('refuses bad input with a kind message and writes nothing', async () => {
    const kept = await call('templates:save', { name: 'Evening', content: evening });
    const before = await snapshot(table.dir);
    const huge = doc('x'.repeat(TEMPLATE_LIMITS.contentMaxBytes));
    const cases: [unknown, string, RegExp][] = [
      [{ name: '   ', content: evening }, 'invalid_input', /Give the template a name/],
      [{ name: 'x'.repeat(81), content: evening }, 'invalid_input', /under 80 characters/],
      [{ name: 'EVENING', content: evening }, 'invalid_input', /already have a template/],
      [{ name: 'Big', content: huge }, 'invalid_input', /up to 100 kB/],
      [{ name: 'No text' }, 'invalid_input', /needs some text/],
      [{ id: 'gone', name: 'Ghost', content: evening }, 'not_found', /no longer exists/],
      [{ name: 'Sneaky', content: evening, extra: true }, 'invalid_input', /.+/],
    ];
    for (const [input, code, message] of cases) {
      const error = await refused('templates:save', input);
      expect(error.code, JSON.stringify(input).slice(0, 60)).toBe(code);
      expect(error.message).toMatch(message);
    }
    expect(await snapshot(table.dir)).toEqual(before);
    expect(await call('templates:list', {})).toEqual([kept]);
  });

  it('stops at the documented number of templates', async () => {
    for (let i = 0; i < TEMPLATE_LIMITS.max; i += 1)
      await call('templates:save', { name: `T${i}`, content: evening });
    expect(await refused('templates:save', { name: 'One more', content: evening })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/up to 100 templates/) as unknown,
    });
  });

  it('a new entry can start from a template', async () => {
    const template = await call('templates:save', { name: 'Evening', content: evening });
    const entry = await call('journal:create', { date: '2026-11-26', content: template.content });
    expect(docToText(entry.content)).toBe('What happened today?\nOne thing I handled well:');
  });
});

describe('templateDocFromText', () => {
  it('turns lines into paragraphs, "## " lines into headings, and ends with a place to write', () => {
    expect(templateDocFromText('## Morning\nHow did I sleep?\n\nOne intention:\n\n')).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Morning' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'How did I sleep?' }] },
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: 'One intention:' }] },
        { type: 'paragraph' },
      ],
    });
  });
});
