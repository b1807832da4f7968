import { useNavigation } from '../../app/navigation/NavigationContext';
import { placeLabel } from '../../app/navigation/places';
import { placeholderStrings as s, type FeaturePlace } from './strings';

/** A calm stand-in for a section that isn't built yet. */
export function ComingSoonPage({ place }: { place: FeaturePlace }) {
  const navigation = useNavigation();
  return (
    <div className="page">
      <h1>{placeLabel(place)}</h1>
      <div className="empty-state coming-soon">
        <h2>{s.comingSoon}</h2>
        <p>{s.what[place]}</p>
        <button
          type="button"
          className="button coming-soon__back"
          onClick={() => {
            navigation.go('home');
          }}
        >
          {s.backHome}
        </button>
      </div>
    </div>
  );
}
