import { useNavigation } from '../../app/navigation/NavigationContext';
import type { Place } from '../../app/navigation/places';

interface Props {
  title: string;
  body: string;
  action: string;
  place: Place;
}

/** One card of "At a glance": what it will show, and the way to its page. */
export function GlanceCard({ title, body, action, place }: Props) {
  const navigation = useNavigation();
  return (
    <li className="glance-card">
      <h3>{title}</h3>
      <p className="muted">{body}</p>
      <button
        type="button"
        className="link-button glance-card__link"
        onClick={() => {
          navigation.go(place);
        }}
      >
        {action}
        <span aria-hidden="true"> →</span>
      </button>
    </li>
  );
}
