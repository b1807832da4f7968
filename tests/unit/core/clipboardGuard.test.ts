import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../shared/contract';
import { createClipboardGuard, type ClipboardAccess } from '../../../electron/core/clipboardGuard';
import { createHandlers } from '../../../electron/core/handlers';
import { Session } from '../../../electron/core/session';
import { callOk } from '../../support/handlerTable';
import { PASSPHRASE, TEST_KDF, makeTempDir } from '../../support/vaultFixtures';

/** The system clipboard, as far as the guard can tell: one text, and how often it was cleared. */
function fakeClipboard(initial = ''): ClipboardAccess & { text: string; clears: number } {
  const board = {
    text: initial,
    clears: 0,
    readText: () => Promise.resolve(board.text),
    clear: () => {
      board.text = '';
      board.clears += 1;
      return Promise.resolve();
    },
  };
  return board;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('clipboard guard timer (fake clock, real timers code)', () => {
  it('clears what we copied once the time is up, not a moment before', async () => {
    const board = fakeClipboard();
    const guard = createClipboardGuard(board);
    board.text = 'I felt so tired today';
    guard.copied('I felt so tired today', 60);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(board.text).toBe('I felt so tired today');
    await vi.advanceTimersByTimeAsync(1);
    expect(board.text).toBe('');
    expect(board.clears).toBe(1);
  });

  it('leaves the clipboard alone if the user copied something else since', async () => {
    const board = fakeClipboard();
    const guard = createClipboardGuard(board);
    board.text = 'from the journal';
    guard.copied('from the journal', 15);
    board.text = 'a phone number copied from elsewhere';
    await vi.advanceTimersByTimeAsync(15_000);
    expect(board.text).toBe('a phone number copied from elsewhere');
    expect(board.clears).toBe(0);
  });

  it('does nothing when the setting is off (0 seconds)', async () => {
    const board = fakeClipboard();
    const guard = createClipboardGuard(board);
    board.text = 'kept on purpose';
    guard.copied('kept on purpose', 0);
    await vi.advanceTimersByTimeAsync(24 * 60 * 60 * 1000);
    expect(await guard.clearIfOurs()).toBe(false);
    expect(board.text).toBe('kept on purpose');
  });

  it('times a newer copy from when it was made, and only clears the newer text', async () => {
    const board = fakeClipboard();
    const guard = createClipboardGuard(board);
    board.text = 'first';
    guard.copied('first', 30);
    await vi.advanceTimersByTimeAsync(20_000);
    board.text = 'second';
    guard.copied('second', 30);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(board.text).toBe('second');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(board.text).toBe('');
    expect(board.clears).toBe(1);
  });

  it('treats Windows line ends on the clipboard as the same text', async () => {
    const board = fakeClipboard();
    const guard = createClipboardGuard(board);
    guard.copied('line one\nline two', 15);
    board.text = 'line one\r\nline two';
    await vi.advanceTimersByTimeAsync(15_000);
    expect(board.text).toBe('');
  });

  it('clears at once on request (lock), and the timer then has nothing left to do', async () => {
    const board = fakeClipboard();
    const guard = createClipboardGuard(board);
    board.text = 'private';
    guard.copied('private', 60);
    expect(await guard.clearIfOurs()).toBe(true);
    board.text = 'copied later from another app';
    await vi.advanceTimersByTimeAsync(60_000);
    expect(board.text).toBe('copied later from another app');
    expect(board.clears).toBe(1);
  });

  it('survives a clipboard that cannot be read, without a word about its content', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const guard = createClipboardGuard({
      readText: () => Promise.reject(new Error('secret text in an error')),
      clear: () => Promise.resolve(),
    });
    guard.copied('private', 15);
    expect(await guard.clearIfOurs()).toBe(false);
    expect(error).toHaveBeenCalledWith('Waypoint could not clear the clipboard.');
  });
});

describe('clipboard:copied through the real handler table', () => {
  let cleanup: () => Promise<void>;
  let handlers: Handlers;
  let session: Session;
  let board: ReturnType<typeof fakeClipboard>;

  beforeEach(async () => {
    vi.useRealTimers();
    const temp = await makeTempDir();
    cleanup = temp.cleanup;
    board = fakeClipboard();
    session = new Session({ dataDir: temp.dir, kdf: TEST_KDF });
    handlers = createHandlers(session, {
      version: 'test',
      clipboard: createClipboardGuard(board),
    });
    await callOk(handlers, 'vault:create', { passphrase: PASSPHRASE });
    vi.useFakeTimers();
  });
  afterEach(async () => {
    vi.useRealTimers();
    await session.lock();
    await cleanup();
  });

  it('uses the setting: 15 seconds', async () => {
    await callOk(handlers, 'settings:set', { clipboardClearSeconds: 15 });
    board.text = 'entry text';
    await callOk(handlers, 'clipboard:copied', { text: 'entry text' });
    await vi.advanceTimersByTimeAsync(14_000);
    expect(board.text).toBe('entry text');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(board.text).toBe('');
  });

  it('uses the setting: never', async () => {
    await callOk(handlers, 'settings:set', { clipboardClearSeconds: 0 });
    board.text = 'entry text';
    await callOk(handlers, 'clipboard:copied', { text: 'entry text' });
    await callOk(handlers, 'vault:lock', {});
    await vi.advanceTimersByTimeAsync(600_000);
    expect(board.text).toBe('entry text');
  });

  it('clears our text at lock, before the time is up', async () => {
    board.text = 'entry text';
    await callOk(handlers, 'clipboard:copied', { text: 'entry text' });
    await callOk(handlers, 'vault:lock', {});
    expect(board.text).toBe('');
  });

  it('answers "locked" while locked, and a refused call clears nothing', async () => {
    await callOk(handlers, 'vault:lock', {});
    board.text = 'someone else’s';
    expect(await handlers['clipboard:copied']({ text: 'someone else’s' })).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    await vi.advanceTimersByTimeAsync(600_000);
    expect(board.text).toBe('someone else’s');
  });
});
