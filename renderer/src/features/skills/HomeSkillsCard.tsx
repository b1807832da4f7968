import './skills.css';
import { DEFAULT_SETTINGS } from '../../../../shared/contract';
import { practicesThisWeek } from '../../../../shared/skillFigures';
import { todayLocal } from '../../app/dates/today';
import { useNavigation } from '../../app/navigation/NavigationContext';
import { useSettings } from '../settings/queries';
import { usePracticeDialog } from './PracticeDialog';
import { usePractices } from './queries';
import { skillStrings as s } from './strings';

/** Home's card: this week's practice count and a quick way to log one. */
export function HomeSkillsCard() {
  const navigation = useNavigation();
  const practices = usePractices();
  const weekStart = useSettings().data?.weekStart ?? DEFAULT_SETTINGS.weekStart;
  const practice = usePracticeDialog();
  const count = practicesThisWeek(practices.data ?? [], todayLocal(), weekStart);

  return (
    <li className="glance-card home-skills">
      <h3>{s.homeTitle}</h3>
      {practices.isError && <p className="muted">{s.loadFailed}</p>}
      {practices.isSuccess && <p className="home-skills__week">{s.homeThisWeek(count)}</p>}
      <button
        type="button"
        className="button"
        onClick={() => {
          practice.open({});
        }}
      >
        {s.logPractice}
      </button>
      <p className="inline-status" role="status">
        {practice.status}
      </p>
      <button
        type="button"
        className="link-button glance-card__link"
        onClick={() => {
          navigation.go('skills');
        }}
      >
        {s.homeGoTo}
        <span aria-hidden="true"> →</span>
      </button>
      {practice.dialog}
    </li>
  );
}
