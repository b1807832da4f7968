import { useNavigation } from '../../app/navigation/NavigationContext';
import { useDateFormatter } from '../../app/useDateFormatter';
import { useEntrySummaries } from './queries';
import { thoughtStrings as s } from './strings';

/** Backlinks: entries whose `links` point at this record (links are stored on the entry). */
export function LinkedEntries({ recordId }: { recordId: string }) {
  const entries = useEntrySummaries();
  const navigation = useNavigation();
  const dates = useDateFormatter();
  const linked = (entries.data ?? []).filter((e) =>
    e.links.some((l) => l.kind === 'thought' && l.id === recordId),
  );
  return (
    <section className="record-section" aria-labelledby={`linked-${recordId}`}>
      <h3 id={`linked-${recordId}`}>{s.linkedEntries}</h3>
      {linked.length === 0 ? (
        <p className="muted">{s.noLinkedEntries}</p>
      ) : (
        <ul className="linked-entries">
          {linked.map((entry) => (
            <li key={entry.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  navigation.openEntry(entry.id);
                }}
              >
                {dates.format(entry.date, 'long')} — {entry.title.trim() || s.untitledEntry}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
