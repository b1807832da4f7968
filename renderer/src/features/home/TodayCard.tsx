import { messageOf } from '../../api/client';
import { useNavigation } from '../../app/navigation/NavigationContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useEntryList } from '../journal/queries';
import { homeStrings as s } from './strings';
import { countRecent, findTodayEntry, useOpenTodayEntry } from './useTodayEntry';

/** Write (or go on with) today's entry, and how often you've written lately. No entry text. */
export function TodayCard() {
  const navigation = useNavigation();
  const list = useEntryList();
  const open = useOpenTodayEntry();
  const today = list.data ? findTodayEntry(list.data) : undefined;

  return (
    <section className="home-today" aria-labelledby="home-today">
      <h2 id="home-today">{s.todayHeading}</h2>
      <p>{today ? s.todayWritten(today.words) : s.todayNotYet}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={open.isPending}
          onClick={() => {
            open.mutate(undefined, {
              onSuccess: (id) => {
                navigation.openEntry(id);
              },
            });
          }}
        >
          {open.isPending ? s.opening : today ? s.continueToday : s.writeToday}
        </button>
        <p className="home-today__recent muted" role="status">
          {list.isSuccess && s.recent(countRecent(list.data))}
        </p>
      </div>
      <ErrorMessage message={open.isError ? messageOf(open.error) : null} />
      {list.isError && <p className="muted">{s.loadFailed}</p>}
    </section>
  );
}
