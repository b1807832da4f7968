import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WaypointError } from '../../../renderer/src/api/client';
import { EntrySaver, type Draft } from '../../../renderer/src/features/journal/saving/entrySaver';

const TOO_LARGE = 'This entry is too long to save (2100 kB; the limit is 2 MB).';

function draft(text: string): Draft {
  return {
    id: 'e1',
    title: '',
    content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
  };
}

describe('EntrySaver, when main refuses an entry as too large', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setUp(refuse: (d: Draft) => boolean) {
    const sent: Draft[] = [];
    const saver = new EntrySaver(async (d) => {
      sent.push(d);
      await Promise.resolve();
      if (refuse(d)) throw new WaypointError({ code: 'too_large', message: TOO_LARGE });
    });
    let text = 'huge';
    saver.attach(() => draft(text));
    return {
      saver,
      sent,
      type: (next: string) => {
        text = next;
        saver.changed();
      },
    };
  }

  it('shows the message, keeps the draft and does not retry until the text changes', async () => {
    const { saver, sent, type } = setUp((d) => JSON.stringify(d).includes('huge'));
    type('huge');
    await vi.advanceTimersByTimeAsync(400);
    expect(sent).toHaveLength(1);
    expect(saver.getState()).toBe('refused');
    expect(saver.getRefusal()).toBe(TOO_LARGE);
    expect(saver.busy).toBe(true);

    // Time passes, lock flushes: nothing is sent again.
    await vi.advanceTimersByTimeAsync(120_000);
    await saver.flush();
    expect(sent).toHaveLength(1);

    // A change is tried (and refused) once more; the message stays throughout.
    type('huge and more');
    expect(saver.getState()).toBe('pending');
    expect(saver.getRefusal()).toBe(TOO_LARGE);
    await vi.advanceTimersByTimeAsync(400);
    expect(sent).toHaveLength(2);
    expect(saver.getState()).toBe('refused');

    // Short enough: saved, message gone, nothing left to do.
    type('short');
    await vi.advanceTimersByTimeAsync(400);
    expect(sent).toHaveLength(3);
    expect(saver.getState()).toBe('saved');
    expect(saver.getRefusal()).toBeNull();
    expect(saver.busy).toBe(false);
  });

  it('keeps the refused draft after the editor closes, so reopening shows it', async () => {
    const { saver, type } = setUp(() => true);
    type('huge');
    await vi.advanceTimersByTimeAsync(400);
    await saver.detach();
    expect(saver.unsavedDraft).toEqual(draft('huge'));
  });

  it('still retries ordinary failures with backoff', async () => {
    let fail = true;
    const sent: Draft[] = [];
    const saver = new EntrySaver(async (d) => {
      sent.push(d);
      await Promise.resolve();
      if (fail) throw new WaypointError({ code: 'save_failed', message: 'disk' });
    });
    saver.attach(() => draft('x'));
    saver.changed();
    await vi.advanceTimersByTimeAsync(400);
    expect(saver.getState()).toBe('retrying');
    expect(saver.getRefusal()).toBeNull();
    fail = false;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toHaveLength(2);
    expect(saver.getState()).toBe('saved');
  });
});
