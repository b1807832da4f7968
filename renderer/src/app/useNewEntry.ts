import { messageOf } from '../api/client';
import { useCreateEntry } from '../features/journal/queries';
import type { Navigation } from './navigation/NavigationContext';

/** "New entry" from anywhere: create today's entry and open it in the Journal. */
export function useNewEntry(navigation: Navigation): {
  newEntry: () => void;
  error: string | null;
} {
  const create = useCreateEntry();
  return {
    newEntry: () => {
      if (create.isPending) return;
      create.mutate(undefined, {
        onSuccess: (entry) => {
          navigation.openEntry(entry.id);
        },
      });
    },
    error: create.isError ? messageOf(create.error) : null,
  };
}
