import './home.css';
import { messageOf } from '../../api/client';
import { useNavigation } from '../../app/navigation/NavigationContext';
import { useDateFormatter } from '../../app/useDateFormatter';
import { ErrorMessage } from '../../components/ErrorMessage';
import { HomeCheckinCard } from '../checkins/HomeCheckinCard';
import { HomeGoalsCard } from '../goals/HomeGoalsCard';
import { useEntryList } from '../journal/queries';
import { HomePlansCard } from '../plans/HomePlansCard';
import { HomeHomeworkCard, HomeSessionCard } from '../sessions/HomeSessionCards';
import { HomeSkillsCard } from '../skills/HomeSkillsCard';
import { FirstRunWelcome } from './FirstRunWelcome';
import { homeStrings as s } from './strings';
import { TodayCard } from './TodayCard';
import { useOpenTodayEntry } from './useTodayEntry';

/** Today at a glance. Counts and prompts only: no journal text on the first screen. */
export function HomePage() {
  const dates = useDateFormatter();
  const navigation = useNavigation();
  const list = useEntryList();
  const firstEntry = useOpenTodayEntry();
  const firstRun = list.isSuccess && list.data.every((entry) => entry.deletedAt !== null);

  return (
    <div className="page home">
      <div className="page__header home__header">
        <h1>{s.title}</h1>
        <p className="home__date muted">{dates.format(new Date(), 'long')}</p>
      </div>
      {firstRun ? (
        <>
          <FirstRunWelcome
            onFirstEntry={() => {
              firstEntry.mutate(undefined, {
                onSuccess: (id) => {
                  navigation.openEntry(id);
                },
              });
            }}
          />
          <ErrorMessage message={firstEntry.isError ? messageOf(firstEntry.error) : null} />
        </>
      ) : (
        <TodayCard />
      )}
      <section aria-labelledby="home-glance">
        <h2 id="home-glance">{s.glanceHeading}</h2>
        <ul className="glance-grid">
          <HomeCheckinCard />
          <HomeGoalsCard />
          <HomePlansCard />
          <HomeHomeworkCard />
          <HomeSessionCard />
          <HomeSkillsCard />
        </ul>
      </section>
    </div>
  );
}
