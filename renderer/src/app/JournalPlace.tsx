import { EntryScreen } from '../features/journal/EntryScreen';
import { JournalPage } from '../features/journal/JournalPage';
import { useNavigation } from './navigation/NavigationContext';

/**
 * The Journal section. Opened at one entry (from "New entry" or Home's "today's entry"),
 * it shows that entry; closing it shows the journal's own page (its list).
 */
export function JournalPlace({ entryId }: { entryId: string | undefined }) {
  const navigation = useNavigation();
  if (entryId !== undefined) {
    return (
      <div className="page-journal">
        <EntryScreen
          id={entryId}
          focusEditor
          onClose={() => {
            navigation.replace('journal');
          }}
        />
      </div>
    );
  }
  return <JournalPage />;
}
