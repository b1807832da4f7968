import { describe, expect, it } from 'vitest';
import { firstLineOf, summarizeEntry, withEntryDefaults } from '../../../shared/journal';
import {
  entryDatedLabel,
  entryDisplayTitle,
} from '../../../renderer/src/features/journal/entryTitle';

const isoDate = (iso: string) => `on ${iso}`;

describe('naming an untitled entry', () => {
  it('keeps a written title as it is', () => {
    expect(
      entryDisplayTitle(
        { title: '  Train to Zürich ', date: '2026-03-02', firstLine: 'x' },
        isoDate,
      ),
    ).toBe('Train to Zürich');
  });

  it('reads as the date and the first line when there is no title', () => {
    expect(
      entryDisplayTitle({ title: ' ', date: '2026-03-02', firstLine: 'Slept badly.' }, isoDate),
    ).toBe('on 2026-03-02 — Slept badly.');
  });

  it('is just the date when the entry has no text either', () => {
    expect(entryDisplayTitle({ title: '', date: '2026-03-02', firstLine: '' }, isoDate)).toBe(
      'on 2026-03-02',
    );
  });
});

describe('naming an entry in a list that gives every entry its date (skill mentions)', () => {
  it('is the date and the title, or the date and the first line, never "Untitled"', () => {
    expect(entryDatedLabel({ title: 'Train', date: '2026-03-02', firstLine: 'x' }, isoDate)).toBe(
      'on 2026-03-02 — Train',
    );
    expect(
      entryDatedLabel({ title: '', date: '2026-03-02', firstLine: 'Slept badly.' }, isoDate),
    ).toBe('on 2026-03-02 — Slept badly.');
    expect(entryDatedLabel({ title: '', date: '2026-03-02', firstLine: '' }, isoDate)).toBe(
      'on 2026-03-02',
    );
  });
});

describe('the first line of an entry', () => {
  it('skips blank lines and squeezes spaces', () => {
    expect(firstLineOf('\n   \n  Morning   walk \nThen work.')).toBe('Morning walk');
  });

  it('shortens a long line at a word, with an ellipsis', () => {
    const line = 'I kept thinking about what she said at the meeting and whether it was about me';
    const short = firstLineOf(line);
    expect(short.endsWith('…')).toBe(true);
    expect(short.length).toBeLessThanOrEqual(61);
    expect(line.startsWith(short.slice(0, -1))).toBe(true);
    expect(line.charAt(short.length - 1)).toBe(' ');
  });

  it('is derived for summaries without touching the stored title', () => {
    const entry = withEntryDefaults({
      id: 'e1',
      date: '2026-03-02',
      title: '',
      content: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Slept badly.' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Better by noon.' }] },
        ],
      },
      createdAt: '2026-03-02T08:00:00.000Z',
      updatedAt: '2026-03-02T08:00:00.000Z',
      version: 1,
    });
    const summary = summarizeEntry(entry);
    expect(summary.firstLine).toBe('Slept badly.');
    expect(summary.title).toBe('');
    expect(entry.title).toBe('');
  });
});
