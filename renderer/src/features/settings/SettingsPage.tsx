import './settings.css';
import { AppearanceSettings } from './AppearanceSettings';
import { DataSettings } from './DataSettings';
import { JournalSettings } from './JournalSettings';
import { SecuritySettings } from './SecuritySettings';
import { settingsStrings as s } from './strings';

export function SettingsPage() {
  return (
    <div className="page settings">
      <h1>{s.title}</h1>
      <SecuritySettings />
      <AppearanceSettings />
      <JournalSettings />
      <DataSettings />
    </div>
  );
}
