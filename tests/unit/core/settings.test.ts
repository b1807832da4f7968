import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/contract';
import { callOk, openTestTable } from '../../support/handlerTable';
import { PASSPHRASE } from '../../support/vaultFixtures';

let table: Awaited<ReturnType<typeof openTestTable>>;
beforeEach(async () => {
  table = await openTestTable(() => new Date('2026-11-20T10:00:00Z'));
});
afterEach(async () => {
  await table.close();
});

describe('settings changes', () => {
  it('made in quick succession (several in flight at once) all stick, also after a lock', async () => {
    const { handlers } = table;
    const changes = [
      { weekStart: 0 },
      { editorFont: 'mono' },
      { onThisDay: true },
      { clipboardClearSeconds: 30 },
      { excludeFromCapture: false },
      { lockOnSuspend: false },
    ] as const;
    const answers = await Promise.all(changes.map((c) => callOk(handlers, 'settings:set', c)));
    const expected = { ...DEFAULT_SETTINGS, ...Object.assign({}, ...changes) };
    expect(answers.at(-1)).toEqual(expected);
    await callOk(handlers, 'vault:lock', {});
    await callOk(handlers, 'vault:unlock', { passphrase: PASSPHRASE });
    expect(await callOk(handlers, 'settings:get', {})).toEqual(expected);
  });
});
