import './settings.css';
import { AppearanceSettings } from './AppearanceSettings';
import { BackupsSettings } from './BackupsSettings';
import { DataSettings } from './DataSettings';
import { JournalSettings } from './JournalSettings';
import { SecuritySettings } from './SecuritySettings';
import { settingsStrings as s } from './strings';

/** `recordId` 'backups': opened from "Restore from a backup", at the Backups section. */
export function SettingsPage({ recordId }: { recordId?: string | undefined } = {}) {
  return (
    <div className="page settings">
      <h1>{s.title}</h1>
      <SecuritySettings />
      <AppearanceSettings />
      <JournalSettings />
      <DataSettings />
      <BackupsSettings focus={recordId === 'backups'} />
    </div>
  );
}
