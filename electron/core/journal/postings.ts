/**
 * The documents (slots) a term occurs in, and how often, packed into bytes: for each document
 * the gap from the previous slot, then the count, each as a variable-length number (7 bits a
 * byte). Slots are only ever added in increasing order, so gaps are small: ~2 bytes a posting,
 * where two arrays of numbers took ~20 (20,000 entries have ~4.6 million postings).
 */
export interface Posting {
  bytes: Uint8Array;
  /** Bytes in use. */
  size: number;
  /** Documents listed. */
  count: number;
  /** The last slot listed. */
  last: number;
}

const FIRST_CAPACITY = 8;
/** The most two numbers below 2^35 can take. */
const ENTRY_MAX_BYTES = 10;

export function emptyPosting(): Posting {
  return { bytes: new Uint8Array(FIRST_CAPACITY), size: 0, count: 0, last: 0 };
}

function resize(posting: Posting, capacity: number): void {
  const bytes = new Uint8Array(capacity);
  bytes.set(posting.bytes.subarray(0, posting.size));
  posting.bytes = bytes;
}

function writeNumber(posting: Posting, value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    posting.bytes[posting.size++] = (rest % 0x80) | 0x80;
    rest = Math.floor(rest / 0x80);
  }
  posting.bytes[posting.size++] = rest;
}

/** Lists `slot` (greater than every slot listed so far) with its count. */
export function addPosting(posting: Posting, slot: number, freq: number): void {
  if (posting.size + ENTRY_MAX_BYTES > posting.bytes.length)
    resize(posting, Math.max(FIRST_CAPACITY, posting.bytes.length * 2));
  writeNumber(posting, slot - posting.last);
  writeNumber(posting, freq);
  posting.last = slot;
  posting.count += 1;
}

/**
 * Gives back most of the unused room (after a build, when most postings have stopped
 * growing), keeping a little so the next saves do not copy the common words' postings again.
 */
export function trimPosting(posting: Posting): void {
  const capacity = posting.size + (posting.size >> 4) + ENTRY_MAX_BYTES;
  if (capacity < posting.bytes.length) resize(posting, capacity);
}

/** Reads a posting document by document: `while (reader.next()) use(reader.slot, reader.freq)`. */
export class PostingReader {
  slot = 0;
  freq = 0;
  private at = 0;

  constructor(private readonly posting: Posting) {}

  next(): boolean {
    if (this.at >= this.posting.size) return false;
    this.slot += this.number();
    this.freq = this.number();
    return true;
  }

  private number(): number {
    const { bytes } = this.posting;
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = bytes[this.at++] ?? 0;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  }
}

/** Keeps only the documents `keep` accepts, in order. */
export function filterPosting(posting: Posting, keep: (slot: number) => boolean): void {
  const reader = new PostingReader(posting);
  const kept = emptyPosting();
  kept.bytes = new Uint8Array(Math.max(FIRST_CAPACITY, posting.size));
  while (reader.next()) if (keep(reader.slot)) addPosting(kept, reader.slot, reader.freq);
  Object.assign(posting, kept);
  trimPosting(posting);
}
