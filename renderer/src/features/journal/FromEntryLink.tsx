import { useNavigation } from '../../app/navigation/NavigationContext';

/** "From a journal entry" on a record made from one (a check-in, a log item): opens it. */
export function FromEntryLink({
  entryId,
  label,
  accessibleName,
}: {
  entryId: string;
  label: string;
  accessibleName: string;
}) {
  const navigation = useNavigation();
  return (
    <button
      type="button"
      className="link-button"
      aria-label={accessibleName}
      onClick={() => {
        navigation.openEntry(entryId);
      }}
    >
      {label}
    </button>
  );
}
