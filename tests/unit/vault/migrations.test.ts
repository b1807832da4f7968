import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  TooNewError,
  migrate,
  type Migration,
} from '../../../electron/core/vault/migrations';

describe('migration runner', () => {
  const steps: Migration[] = [
    {
      from: 1,
      describe: 'add mood to entries',
      run: ({ files }) => {
        files.set('a', { ...(files.get('a') as object), mood: null });
      },
    },
    {
      from: 2,
      describe: 'rename mood to feeling',
      run: ({ files }) => {
        const { mood, ...rest } = files.get('a') as { mood: unknown };
        files.set('a', { ...rest, feeling: mood });
      },
    },
  ];

  it('applies every step in order up to the target', () => {
    const data = { files: new Map<string, unknown>([['a', { text: 'x' }]]) };
    expect(migrate(data, 1, steps, 3)).toEqual({
      version: 3,
      applied: ['add mood to entries', 'rename mood to feeling'],
    });
    expect(data.files.get('a')).toEqual({ text: 'x', feeling: null });
  });

  it('does nothing at the current version', () => {
    const data = { files: new Map<string, unknown>([['a', 1]]) };
    expect(migrate(data, CURRENT_SCHEMA_VERSION)).toEqual({
      version: CURRENT_SCHEMA_VERSION,
      applied: [],
    });
  });

  it('refuses data from a newer version and a gap in the chain', () => {
    expect(() => migrate({ files: new Map() }, CURRENT_SCHEMA_VERSION + 1)).toThrow(TooNewError);
    expect(() => migrate({ files: new Map() }, 0, steps, 3)).toThrow(/No migration from schema 0/);
  });
});
