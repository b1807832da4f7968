import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { LinkKind } from '../../../../shared/journal';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { useNavigation } from '../../app/navigation/NavigationContext';
import { useDateFormatter } from '../../app/useDateFormatter';
import { entriesLinkingTo } from './backlinks';
import { linkStrings as s } from './linkStrings';
import { entryDisplayTitle } from './entryTitle';

/**
 * "Entries that link here" on a thought record or plan: each opens the entry. The list is
 * computed from the journal's summaries (links live on the entries, never on the record).
 */
export function EntryBacklinks({
  kind,
  id,
  heading,
  empty,
  level = 3,
  className,
}: {
  kind: LinkKind;
  id: string;
  heading: string;
  empty: string;
  level?: 3 | 4;
  className?: string;
}) {
  // Entries may have been linked since the list was read: re-read on arrival.
  const entries = useQuery({
    queryKey: queryKeys.entryList,
    queryFn: () => call('journal:list', {}),
    refetchOnMount: 'always',
  });
  const navigation = useNavigation();
  const dates = useDateFormatter();
  const headingId = useId();
  const linked = entriesLinkingTo(entries.data ?? [], kind, id);
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <section className={className} aria-labelledby={headingId}>
      <Heading id={headingId}>{heading}</Heading>
      {linked.length === 0 ? (
        <p className="muted">{empty}</p>
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
                {entry.title.trim()
                  ? s.entryLabel(entry.title, dates.format(entry.date))
                  : entryDisplayTitle(entry, dates.format)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
