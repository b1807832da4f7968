/**
 * A small, local passphrase strength estimate. It is a nudge, not a gate: it rewards length
 * and variety and marks down the patterns people (and guessing tools) reach for first.
 */
export type StrengthLevel = 0 | 1 | 2 | 3;

export interface Strength {
  level: StrengthLevel;
  /** Rough bits of guessing work, after penalties. */
  bits: number;
}

const COMMON = [
  'password',
  'passwort',
  'passphrase',
  'qwerty',
  'azerty',
  'letmein',
  'welcome',
  'iloveyou',
  'admin',
  'monkey',
  'dragon',
  'football',
  'baseball',
  'sunshine',
  'princess',
  'master',
  'secret',
  'journal',
  'waypoint',
  'therapy',
  'diary',
];

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890'];
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

function poolSize(text: string): number {
  let pool = 0;
  if (/[a-z]/.test(text)) pool += 26;
  if (/[A-Z]/.test(text)) pool += 26;
  if (/[0-9]/.test(text)) pool += 10;
  if (/[ ]/.test(text)) pool += 1;
  if (/[^a-zA-Z0-9 ]/.test(text)) pool += 33;
  return Math.max(pool, 1);
}

/** Counts characters that continue a run (aaa), a sequence (abc, 321) or a keyboard row. */
function predictableChars(lower: string): number {
  let count = 0;
  for (let i = 2; i < lower.length; i += 1) {
    const a = lower.charCodeAt(i - 2);
    const b = lower.charCodeAt(i - 1);
    const c = lower.charCodeAt(i);
    const repeated = a === b && b === c;
    const stepped = b - a === c - b && Math.abs(c - b) === 1;
    const tri = lower.slice(i - 2, i + 1);
    const onRow = KEYBOARD_ROWS.some((row) => row.includes(tri));
    if (repeated || stepped || onRow) count += 1;
  }
  return count;
}

export function estimateStrength(passphrase: string): Strength {
  if (passphrase.length === 0) return { level: 0, bits: 0 };
  const lower = passphrase.toLowerCase();
  const unique = new Set(passphrase).size;

  // Characters that follow a pattern add almost nothing.
  const effectiveLength = Math.max(
    1,
    Math.min(passphrase.length, unique * 3) - predictableChars(lower) * 0.75,
  );
  let bits = effectiveLength * Math.log2(poolSize(passphrase));

  for (const word of COMMON) {
    if (lower.includes(word)) bits -= word.length * 3;
  }
  if (/^\d+$/.test(passphrase)) bits *= 0.6;
  if (/(19|20)\d\d/.test(passphrase)) bits -= 6;
  if (ALPHABET.includes(lower) || KEYBOARD_ROWS.some((row) => row.includes(lower))) bits = 0;

  // Several words separated by spaces or symbols are long and easy to remember: reward them.
  const words = lower.split(/[^a-z\p{L}]+/u).filter((w) => w.length >= 3);
  if (words.length >= 4) bits += 10;
  else if (words.length === 3) bits += 5;

  bits = Math.max(0, Math.round(bits));
  const level: StrengthLevel = bits >= 80 ? 3 : bits >= 60 ? 2 : bits >= 40 ? 1 : 0;
  return { level, bits };
}
