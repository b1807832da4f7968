import { settingsStrings as s } from './strings';

/** "Saved." beside a control, announced politely. */
export function SavedNote({ saved }: { saved: boolean }) {
  return (
    <p className="inline-status" role="status">
      {saved && s.saved}
    </p>
  );
}
