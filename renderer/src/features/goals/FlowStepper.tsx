import { goalStrings as s } from './strings';

/** Where the user is in the guided flow: S M A R T ✓, the current one marked. */
export function FlowStepper({ step }: { step: number }) {
  return (
    <ol className="flow-stepper" aria-label={s.stepsLabel}>
      {s.steps.map((item, index) => (
        <li
          key={item.letter}
          className="flow-stepper__step"
          aria-current={index === step ? 'step' : undefined}
          data-done={index < step || undefined}
        >
          <span aria-hidden="true">{item.letter}</span>
          <span className="visually-hidden">
            {s.stepOf(index + 1, s.steps.length)}: {item.heading}
          </span>
        </li>
      ))}
    </ol>
  );
}
