/** Ids for emotions and thoughts inside a record (the record's own id comes from main). */
export function newItemId(): string {
  return crypto.randomUUID().replaceAll('-', '').slice(0, 16);
}
