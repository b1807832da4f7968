import './settings.css';
import { AppearanceSettings } from './AppearanceSettings';
import { AutoLockSetting } from './AutoLockSetting';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { settingsStrings as s } from './strings';

export function SettingsPage() {
  return (
    <div className="page settings">
      <h1>{s.title}</h1>
      <AppearanceSettings />
      <AutoLockSetting />
      <ChangePassphraseForm />
    </div>
  );
}
