import { withEntryDefaults, type DocNode, type Entry } from '../../shared/journal';

/**
 * Deterministic synthetic journals for benchmarks: the same seed always gives the same
 * entries. Each entry is about 4.3 KB of Tiptap JSON (ARCHITECTURE.md's measured size).
 */
export function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'today felt heavy lighter walked talked therapist session breathing anxious calm tired slept work friend sister called kitchen coffee rain sun noticed thought maybe should could plan goal step small tried again proud worried meeting evening morning garden read wrote panic eased grounded list message reply kindness myself honest gentle enough progress setback okay better harder tomorrow'.split(
    ' ',
  );

function sentence(random: () => number): string {
  const length = 6 + Math.floor(random() * 14);
  const words = Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)] ?? 'word');
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: () => number, sentences: number): DocNode {
  const text = Array.from({ length: sentences }, () => sentence(random)).join(' ');
  const cut = Math.floor(text.length / 3);
  return {
    type: 'paragraph',
    content: [
      { type: 'text', text: text.slice(0, cut) },
      { type: 'text', text: text.slice(cut, cut + 20), marks: [{ type: 'italic' }] },
      { type: 'text', text: text.slice(cut + 20) },
    ],
  };
}

export function syntheticDoc(random: () => number): DocNode {
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: sentence(random) }] },
      ...Array.from({ length: 5 }, () => paragraph(random, 6)),
      {
        type: 'bulletList',
        content: Array.from({ length: 3 }, () => ({
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: sentence(random) }] }],
        })),
      },
    ],
  };
}

function isoDay(start: Date, offsetDays: number): string {
  const d = new Date(start.getTime() + offsetDays * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** `count` entries spread evenly over `years` years ending 2026-11-25. */
export function syntheticEntries(count: number, years: number, seed = 42): Entry[] {
  const random = rng(seed);
  const days = Math.round(years * 365);
  const start = new Date(Date.UTC(2026, 10, 25) - (days - 1) * 86_400_000);
  return Array.from({ length: count }, (_, i) => {
    const date = isoDay(start, Math.floor((i * days) / count));
    const stamp = `${date}T20:00:00.000Z`;
    return withEntryDefaults({
      id: `e${seed.toString(36)}${i.toString(36).padStart(6, '0')}`,
      date,
      title: sentence(random).slice(0, 40),
      content: syntheticDoc(random),
      createdAt: stamp,
      updatedAt: stamp,
      version: 1,
    });
  });
}
