import { AutoLockSetting } from './AutoLockSetting';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { RegenerateRecoveryKey } from './RegenerateRecoveryKey';
import { RotateKeys } from './RotateKeys';
import { SelectSetting } from './SelectSetting';
import { SettingsSection } from './SettingsSection';
import { settingsStrings as s } from './strings';
import { ToggleSetting } from './ToggleSetting';

const CLIPBOARD_CHOICES = [15, 30, 60, 120, 300, 0] as const;

export function SecuritySettings() {
  return (
    <SettingsSection level={2} title={s.securityHeading} intro={s.securityIntro}>
      <SettingsSection level={3} title={s.lockingHeading}>
        <AutoLockSetting />
        <ToggleSetting settingKey="lockOnSuspend" label={s.lockOnSuspendLabel} />
      </SettingsSection>
      <ChangePassphraseForm />
      <RegenerateRecoveryKey />
      <RotateKeys />
      <SettingsSection level={3} title={s.privacyHeading}>
        <SelectSetting
          settingKey="clipboardClearSeconds"
          label={s.clipboardLabel}
          hint={s.clipboardHint}
          options={CLIPBOARD_CHOICES.map((n) => [n, n === 0 ? s.never : s.seconds(n)] as const)}
        />
        <ToggleSetting
          settingKey="excludeFromCapture"
          label={s.excludeCaptureLabel}
          hint={s.excludeCaptureHint}
        />
      </SettingsSection>
    </SettingsSection>
  );
}
