import { call } from '../../api/client';
import { backupStrings as s } from './backupStrings';
import { NewRecoveryKeyForm } from './NewRecoveryKeyForm';
import { SettingsSection } from './SettingsSection';

/** Key rotation: a new data key for every file, a new recovery key, maybe a new passphrase. */
export function RotateKeys() {
  return (
    <SettingsSection level={3} title={s.rotateHeading} intro={s.rotateIntro}>
      <NewRecoveryKeyForm
        strings={{
          passphraseLabel: s.rotatePassphrase,
          submit: s.rotate,
          submitting: s.rotating,
          done: s.rotated,
        }}
        alsoNewPassphrase={{
          checkbox: s.rotateAlsoNew,
          label: s.rotateNewLabel,
          confirmLabel: s.rotateConfirmLabel,
        }}
        makeKey={(input) => call('vault:rotateKeys', input)}
      />
    </SettingsSection>
  );
}
