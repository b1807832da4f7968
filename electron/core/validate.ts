import type { z } from 'zod';
import { LIMITS } from '../../shared/limits';
import { VaultError } from './vault/errors';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 200;
/** Largest request any channel accepts: one entry at its limit plus room for the envelope. */
export const MAX_PAYLOAD_BYTES = LIMITS.entryContentMaxBytes + 64 * 1024;

/** Walks untrusted input once: no prototype-polluting keys, no absurd nesting, no cycles. */
function inspect(value: unknown, depth: number, seen: Set<object>): void {
  if (typeof value !== 'object' || value === null) return;
  if (depth > MAX_DEPTH)
    throw new VaultError('invalid_input', 'That request is nested too deeply.');
  if (seen.has(value)) throw new VaultError('invalid_input', 'That request refers to itself.');
  seen.add(value);
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key))
      throw new VaultError(
        'invalid_input',
        'That request contains a field name that is not allowed.',
      );
    inspect((value as Record<string, unknown>)[key], depth + 1, seen);
  }
  seen.delete(value);
}

function payloadBytes(value: unknown): number {
  try {
    // JSON.stringify(undefined) is undefined at run time, whatever its declared type says.
    const text = JSON.stringify(value) as string | undefined;
    return text === undefined ? 0 : new TextEncoder().encode(text).length;
  } catch {
    throw new VaultError('invalid_input', 'That request could not be read.');
  }
}

/** Parses a channel's input with its schema, or throws a typed, human error. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  inspect(input, 0, new Set());
  const bytes = payloadBytes(input);
  if (bytes > MAX_PAYLOAD_BYTES) {
    throw new VaultError(
      'too_large',
      `This is too long to save (${Math.round(bytes / 1000)} kB; the limit is ${LIMITS.entryContentMaxBytes / 1_000_000} MB). Your text is still here; try splitting it into two entries.`,
    );
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
    throw new VaultError(
      'invalid_input',
      `${issue?.message ?? 'That request was not valid.'}${where}`,
    );
  }
  return parsed.data;
}
