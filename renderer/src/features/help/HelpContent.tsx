import { helpStrings as s } from './strings';

export function HelpContent() {
  return (
    <div className="help">
      <p className="help__intro">{s.intro}</p>
      <section aria-labelledby="help-emergency">
        <h3 id="help-emergency">{s.emergencyHeading}</h3>
        <p>{s.emergency}</p>
      </section>
      <section aria-labelledby="help-lines">
        <h3 id="help-lines">{s.crisisHeading}</h3>
        <ul className="help__lines">
          {s.lines.map((line) => (
            <li key={line.name}>
              <strong>{line.name}</strong>
              <span>{line.how}</span>
            </li>
          ))}
        </ul>
        <p>{s.elsewhere}</p>
      </section>
      <section aria-labelledby="help-people">
        <h3 id="help-people">{s.peopleHeading}</h3>
        <ul className="help__people">
          <li>{s.trust}</li>
          <li>{s.therapist}</li>
        </ul>
      </section>
      <p className="help__note">
        {s.offline} {s.notMedical}
      </p>
    </div>
  );
}
