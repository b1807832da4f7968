import { withEntryDefaults, type DocNode, type Entry, type EntryLink } from '../../shared/journal';

/**
 * Deterministic synthetic journals for benchmarks: the same seed always gives the same
 * entries. Each entry is ~400 words of Tiptap JSON (headings, marks, lists, quotes and
 * mention chips) drawn from a Zipf-distributed vocabulary, so word frequencies (and so search
 * posting-list lengths) look like real writing rather than a uniform 80-word list.
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

/** Most frequent first: function words, then everyday journal words (rank order matters). */
const CORE = `the i and to a was it of my in that me but so had we with for at on felt about
not this just be is all what when out up have then like she he they her him day today time
really got back some from after again bit more there one still think know went would could
because been did much too as were work went morning evening night home feel feeling thought
tired better good kind little long week sleep slept said talked talk friend sister brother mum
dad partner walk walked coffee tea breakfast lunch dinner kitchen garden rain sun cold warm
anxious calm worried heavy lighter okay harder easier tomorrow yesterday maybe should plan goal
step small tried proud session therapist breathing noticed message reply call called phone
meeting office email boss colleague train bus car shop shopping cooked read wrote book music
film bed tea lonely sad happy angry frustrated grateful hopeful nervous restless quiet busy
exhausted relieved panic eased grounded list kindness myself honest gentle enough progress
setback body head chest shoulders stomach headache medication doctor appointment park river
dog cat neighbour children school weekend monday tuesday wednesday thursday friday saturday
sunday laughed cried argued apologised listened remembered forgot decided started finished
stopped waited hoped wanted needed asked told helped missed loved hated enjoyed managed
struggled avoided faced practised journal habit routine exercise run running yoga stretch
swim swimming bike cycling shower clean cleaned tidy laundry dishes groceries bills money rent
job interview deadline project presentation exam study studied class lecture essay report
holiday trip visit visited birthday party wedding funeral hospital clinic pharmacy pills
dream dreams nightmare woke waking alarm snooze late early slowly quickly suddenly finally
almost never always often sometimes usually probably actually honestly`;

const SYLLABLES = `ka lo mi ren tas vel dor bri sen ama tho lun cas fer gil hos ir jun ket lim nor
pel qua ros sul tev ur vin wes yar zel bel cor dan eth fal gor han ist jor kel mar nev ost
pra rin sar tol ulv ver wyn`
  .split(/\s+/)
  .filter(Boolean);

const SUFFIXES = ['s', 'ing', 'ed', 'ly', 'ness', 'er'];

/** ~6,000 distinct words: real ones first, inflections next, then a tail of rare names. */
export const VOCABULARY: readonly string[] = (() => {
  const core = [...new Set(CORE.split(/\s+/).filter(Boolean))];
  const inflected = core
    .filter((w) => w.length > 3)
    .flatMap((w) => SUFFIXES.map((s) => (w.endsWith('e') && s !== 's' ? w.slice(0, -1) : w) + s));
  const random = rng(2026);
  const rare = new Set<string>();
  while (rare.size < 4000) {
    const n = 2 + Math.floor(random() * 2);
    let word = '';
    for (let i = 0; i < n; i += 1) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)] ?? '';
    rare.add(word);
  }
  return [...new Set([...core, ...inflected, ...rare])];
})();

/** Cumulative Zipf weights (s = 1.05) over VOCABULARY's ranks. */
const ZIPF_CDF: Float64Array = (() => {
  const cdf = new Float64Array(VOCABULARY.length);
  let total = 0;
  for (let r = 0; r < VOCABULARY.length; r += 1) {
    total += 1 / (r + 1) ** 1.05;
    cdf[r] = total;
  }
  for (let r = 0; r < cdf.length; r += 1) cdf[r] = (cdf[r] ?? 0) / total;
  return cdf;
})();

function zipfWord(random: () => number): string {
  const x = random();
  let lo = 0;
  let hi = ZIPF_CDF.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ZIPF_CDF[mid] ?? 1) < x) lo = mid + 1;
    else hi = mid;
  }
  return VOCABULARY[lo] ?? 'word';
}

function words(random: () => number, min: number, spread: number): string[] {
  const length = min + Math.floor(random() * spread);
  return Array.from({ length }, () => zipfWord(random));
}

export function sentence(random: () => number): string {
  const text = words(random, 6, 14).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${random() < 0.1 ? '?' : '.'}`;
}

/** Something an entry can mention with an "@" chip. */
export interface MentionTarget {
  kind: EntryLink['kind'];
  id: string;
  label: string;
}

interface DocContext {
  random: () => number;
  targets: readonly MentionTarget[];
  mentions: MentionTarget[];
}

function text(value: string, marks?: string[]): DocNode {
  return marks
    ? { type: 'text', text: value, marks: marks.map((type) => ({ type })) }
    : { type: 'text', text: value };
}

/** A paragraph of 2–6 sentences; some words bold or italic, now and then a mention chip. */
function paragraph(ctx: DocContext): { node: DocNode; words: number } {
  const { random } = ctx;
  const sentences = Array.from({ length: 2 + Math.floor(random() * 5) }, () => sentence(random));
  const content: DocNode[] = [];
  let count = 0;
  for (const s of sentences) {
    count += s.split(' ').length;
    const roll = random();
    if (roll < 0.12) {
      const cut = s.indexOf(' ', Math.floor(s.length / 2));
      if (cut > 0) {
        content.push(
          text(`${s.slice(0, cut)} `),
          text(s.slice(cut + 1), [roll < 0.06 ? 'bold' : 'italic']),
          text(' '),
        );
        continue;
      }
    }
    if (roll > 0.985 && ctx.targets.length > 0) {
      const target = ctx.targets[Math.floor(random() * ctx.targets.length)];
      if (target) {
        ctx.mentions.push(target);
        content.push(text(`${s} See `), {
          type: 'mention',
          attrs: { kind: target.kind, id: target.id, label: target.label },
        });
        content.push(text('. '));
        continue;
      }
    }
    content.push(text(`${s} `));
  }
  return { node: { type: 'paragraph', content: mergeText(content) }, words: count };
}

/** Adjacent unmarked text nodes are one node in ProseMirror's JSON. */
function mergeText(nodes: DocNode[]): DocNode[] {
  const out: DocNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (last?.type === 'text' && node.type === 'text' && !last.marks && !node.marks) {
      out[out.length - 1] = { type: 'text', text: `${last.text ?? ''}${node.text ?? ''}` };
    } else out.push(node);
  }
  const tail = out[out.length - 1];
  if (tail?.type === 'text' && tail.text)
    out[out.length - 1] = { ...tail, text: tail.text.trimEnd() };
  return out;
}

function list(ctx: DocContext): { node: DocNode; words: number } {
  const items = Array.from({ length: 3 + Math.floor(ctx.random() * 3) }, () =>
    words(ctx.random, 3, 8).join(' '),
  );
  return {
    node: {
      type: ctx.random() < 0.5 ? 'bulletList' : 'orderedList',
      content: items.map((item) => ({
        type: 'listItem',
        content: [{ type: 'paragraph', content: [text(item)] }],
      })),
    },
    words: items.join(' ').split(' ').length,
  };
}

/** About 400 words (250–550) of journal text. */
export function syntheticDoc(
  random: () => number,
  targets: readonly MentionTarget[] = [],
  mentions: MentionTarget[] = [],
): DocNode {
  const ctx: DocContext = { random, targets, mentions };
  const goal = 250 + Math.floor(random() * 300);
  const content: DocNode[] = [];
  let count = 0;
  if (random() < 0.6) {
    content.push({
      type: 'heading',
      attrs: { level: 2 },
      content: [text(words(random, 2, 4).join(' '))],
    });
  }
  while (count < goal) {
    const roll = random();
    const block = roll < 0.12 ? list(ctx) : paragraph(ctx);
    if (roll > 0.97) {
      content.push({ type: 'blockquote', content: [block.node] });
    } else if (roll > 0.93) {
      content.push({
        type: 'heading',
        attrs: { level: 3 },
        content: [text(words(random, 2, 3).join(' '))],
      });
      content.push(block.node);
    } else content.push(block.node);
    count += block.words;
  }
  return { type: 'doc', content };
}

export function isoDay(start: Date, offsetDays: number): string {
  const d = new Date(start.getTime() + offsetDays * 86_400_000);
  return d.toISOString().slice(0, 10);
}

export interface SyntheticOptions {
  /** The last day of the journal (YYYY-MM-DD). */
  end: string;
  seed?: number;
  targets?: readonly MentionTarget[];
}

/** `count` entries spread evenly over `years` years ending on `options.end`. */
export function syntheticEntries(count: number, years: number, options: SyntheticOptions): Entry[] {
  const seed = options.seed ?? 42;
  const random = rng(seed);
  const days = Math.round(years * 365);
  const start = new Date(Date.parse(`${options.end}T00:00:00Z`) - (days - 1) * 86_400_000);
  return Array.from({ length: count }, (_, i) => {
    const date = isoDay(start, Math.floor((i * days) / count));
    const stamp = `${date}T20:00:00.000Z`;
    const mentions: MentionTarget[] = [];
    const content = syntheticDoc(random, options.targets ?? [], mentions);
    const links = [
      ...new Map(mentions.map((m) => [`${m.kind}:${m.id}`, { kind: m.kind, id: m.id }])).values(),
    ];
    return withEntryDefaults({
      id: `e${seed.toString(36)}${i.toString(36).padStart(6, '0')}`,
      date,
      title:
        random() < 0.7
          ? words(random, 2, 5)
              .join(' ')
              .replace(/^./, (c) => c.toUpperCase())
          : '',
      content,
      createdAt: stamp,
      updatedAt: stamp,
      version: 1,
      tags: random() < 0.3 ? [zipfWord(random)] : [],
      shareWithTherapist: random() < 0.06,
      links,
    });
  });
}

export type QueryKind = 'one word' | 'two words' | 'prefix';

/**
 * Search queries of the budget's three kinds, picked from across the vocabulary's ranks
 * (common, middling and rare words), so the bench sees long and short posting lists.
 */
export function syntheticQueries(): Record<QueryKind, string[]> {
  const at = (rank: number) => VOCABULARY[rank] ?? 'walk';
  const ranks = [30, 60, 120, 180, 260, 400, 700, 1200, 2500, 4500];
  const long = ranks.map(at).filter((w) => w.length >= 5);
  return {
    'one word': ranks.map(at),
    'two words': ranks.slice(0, -1).map((r, i) => `${at(r)} ${at(ranks[i + 1] ?? 1)}`),
    prefix: (long.length > 0 ? long : ranks.map(at)).map((w) => w.slice(0, 3)),
  };
}

/** Real-language queries for the Pepys diary. */
export const PEPYS_QUERIES: Record<QueryKind, string[]> = {
  'one word': ['wife', 'office', 'church', 'dined', 'lord', 'theatre', 'musique', 'coach'],
  'two words': ['my wife', 'to bed', 'the office', 'lord sandwich', 'dined at', 'sir william'],
  prefix: ['chur', 'offi', 'din', 'thea', 'mus', 'wif'],
};
