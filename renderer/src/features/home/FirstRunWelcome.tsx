import { useNavigation } from '../../app/navigation/NavigationContext';
import { homeStrings as s } from './strings';

/** Before the first entry: the method in four friendly lines, and where to begin. */
export function FirstRunWelcome({ onFirstEntry }: { onFirstEntry: () => void }) {
  const navigation = useNavigation();
  return (
    <section className="first-run" aria-labelledby="home-first-run">
      <h2 id="home-first-run">{s.firstRunHeading}</h2>
      <p>{s.firstRunIntro}</p>
      <ol className="first-run__steps">
        {s.steps.map((step) => (
          <li key={step.title}>
            <strong>{step.title}.</strong> {step.body}
          </li>
        ))}
      </ol>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onFirstEntry}>
          {s.firstEntry}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            navigation.go('goals');
          }}
        >
          {s.firstGoal}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            navigation.go('thoughtRecords');
          }}
        >
          {s.firstThoughtRecord}
        </button>
      </div>
    </section>
  );
}
