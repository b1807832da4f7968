/**
 * The JSON of an entry shard, as UTF-8 pieces, from each entry's JSON as it was last written.
 * Saving one entry of a 256 KB month used to stringify all ~60 of its entries again (~1.3 ms
 * of a 20,000-entry save), and the 256 KB string went straight to V8's old generation, so
 * every few dozen saves brought on a major collection of the whole heap (the save p95).
 * Now only the changed entry is stringified; the pieces are encrypted one after another and
 * never joined into one string.
 *
 * Keyed by the entry object itself: the vault never changes an entry in place (a new version
 * is a new object), so a cached piece can't go stale, and it is forgotten with the entry
 * (a WeakMap holds nothing alive; locking drops every entry).
 */
const entryJson = new WeakMap<object, Buffer>();
const OPEN = Buffer.from('{"entries":[');
const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']}');

function jsonOf(entry: unknown): Buffer {
  if (typeof entry !== 'object' || entry === null) return Buffer.from(JSON.stringify(entry));
  let json = entryJson.get(entry);
  if (json === undefined) {
    json = Buffer.from(JSON.stringify(entry));
    entryJson.set(entry, json);
  }
  return json;
}

/** The UTF-8 bytes of exactly `JSON.stringify(data)`, in pieces; cheap for `{ entries }`. */
export function shardJson(data: unknown): Buffer[] {
  if (
    typeof data !== 'object' ||
    data === null ||
    !('entries' in data) ||
    !Array.isArray(data.entries) ||
    Object.keys(data).length !== 1
  )
    return [Buffer.from(JSON.stringify(data))];
  const entries: unknown[] = data.entries;
  const pieces: Buffer[] = [OPEN];
  entries.forEach((entry, i) => {
    if (i > 0) pieces.push(COMMA);
    pieces.push(jsonOf(entry));
  });
  pieces.push(CLOSE);
  return pieces;
}
