import { call } from '../../api/client';
import { NewRecoveryKeyForm } from './NewRecoveryKeyForm';
import { SettingsSection } from './SettingsSection';
import { settingsStrings as s } from './strings';

/** A new recovery key (the old one stops working), shown once, behind the passphrase. */
export function RegenerateRecoveryKey() {
  return (
    <SettingsSection level={3} title={s.recoveryHeading} intro={s.recoveryIntro}>
      <NewRecoveryKeyForm
        strings={{
          passphraseLabel: s.recoveryPassphraseLabel,
          submit: s.regenerate,
          submitting: s.regenerating,
        }}
        makeKey={({ passphrase }) => call('vault:regenerateRecoveryKey', { passphrase })}
      />
    </SettingsSection>
  );
}
