import './onboarding.css';
import { RecoveryKeyToStore } from './RecoveryKeyToStore';
import { onboardingStrings as s } from './strings';

/** The recovery key, shown once; the user must confirm they've stored it. */
export function RecoveryKeyScreen({
  recoveryKey,
  onContinue,
}: {
  recoveryKey: string;
  onContinue: () => void;
}) {
  return (
    <>
      <h1>{s.keyTitle}</h1>
      <p className="lead">{s.keyIntro}</p>
      <RecoveryKeyToStore
        recoveryKey={recoveryKey}
        strings={{ advice: s.keyAdvice, stored: s.stored, button: s.continue }}
        buttonClassName="button button--primary button--wide"
        onStored={onContinue}
      />
    </>
  );
}
