import { EntryBacklinks } from '../journal/EntryBacklinks';
import { thoughtStrings as s } from './strings';

/** Backlinks: entries whose `links` point at this record (links are stored on the entry). */
export function LinkedEntries({ recordId }: { recordId: string }) {
  return (
    <EntryBacklinks
      kind="thought"
      id={recordId}
      heading={s.linkedEntries}
      empty={s.noLinkedEntries}
      className="record-section"
    />
  );
}
