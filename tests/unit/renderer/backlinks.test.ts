import { describe, expect, it } from 'vitest';
import type { EntrySummary } from '../../../shared/journal';
import { entriesLinkingTo } from '../../../renderer/src/features/journal/backlinks';

const entry = (id: string, patch: Partial<EntrySummary>): EntrySummary => ({
  id,
  date: '2026-11-20',
  title: id,
  preview: '',
  firstLine: '',
  words: 1,
  updatedAt: '',
  createdAt: '',
  tags: [],
  pinned: false,
  shareWithTherapist: false,
  deletedAt: null,
  links: [],
  mood: null,
  ...patch,
});

describe('entries that link to a goal, a thought record or a plan', () => {
  const list = [
    entry('plan', { links: [{ kind: 'plan', id: 'x1' }] }),
    entry('both', {
      links: [
        { kind: 'goal', id: 'g1' },
        { kind: 'thought', id: 'x1' },
      ],
    }),
    entry('other-plan', { links: [{ kind: 'plan', id: 'x2' }] }),
    entry('trashed', { links: [{ kind: 'thought', id: 'x1' }], deletedAt: '2026-11-21' }),
    entry('none', {}),
    entry('goal', { links: [{ kind: 'goal', id: 'g1' }] }),
    entry('other-goal', { links: [{ kind: 'goal', id: 'g2' }] }),
  ];

  it('matches the kind as well as the id (ids of different kinds never mix)', () => {
    expect(entriesLinkingTo(list, 'plan', 'x1').map((e) => e.id)).toEqual(['plan']);
    expect(entriesLinkingTo(list, 'thought', 'x1').map((e) => e.id)).toEqual(['both']);
    expect(entriesLinkingTo(list, 'goal', 'x1')).toEqual([]);
    expect(entriesLinkingTo(list, 'goal', 'g1').map((e) => e.id)).toEqual(['both', 'goal']);
  });

  it('leaves out entries in the trash', () => {
    expect(entriesLinkingTo(list, 'thought', 'x1').some((e) => e.id === 'trashed')).toBe(false);
  });
});
