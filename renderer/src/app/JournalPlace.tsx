import { EntryScreen } from '../features/journal/EntryScreen';
import { JournalPage } from '../features/journal/JournalPage';
import { useNavigation } from './navigation/NavigationContext';

/**
 * The Journal section. Opened at one entry (from "New entry" or Home's "today's entry"),
 * it shows that entry; closing it shows the journal's own page (its list).
 */
export function JournalPlace({
  entryId,
  find,
}: {
  entryId: string | undefined;
  /** Search words: the entry opens with their first match selected. */
  find?: string | undefined;
}) {
  const navigation = useNavigation();
  if (entryId !== undefined) {
    return (
      <div className="page-journal">
        <EntryScreen
          id={entryId}
          focusEditor
          find={find}
          onClose={() => {
            navigation.replace('journal');
          }}
        />
      </div>
    );
  }
  return <JournalPage />;
}
