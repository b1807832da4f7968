import { WaypointError } from '../../api/client';
import { unlockStrings as s } from './strings';

/**
 * Shown only when the unlock was refused because the journal's lock names another computer
 * (a synced folder): the user's explicit choice to open it here anyway.
 */
export function TakeOverButton({
  error,
  busy,
  onTakeOver,
}: {
  error: unknown;
  busy: boolean;
  onTakeOver: () => void;
}) {
  if (!(error instanceof WaypointError) || error.code !== 'locked_elsewhere') return null;
  return (
    <button type="button" className="button button--wide" disabled={busy} onClick={onTakeOver}>
      {s.takeOver}
    </button>
  );
}
