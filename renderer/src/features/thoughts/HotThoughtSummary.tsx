import type { AutomaticThought } from '../../../../shared/thoughtRecords';
import { thoughtStrings as s } from './strings';

/** The hot thought, kept in view on every step after the thoughts are written. */
export function HotThoughtSummary({
  hot,
  onGoToThoughts,
}: {
  hot: AutomaticThought | null;
  onGoToThoughts: () => void;
}) {
  return (
    <aside className="hot-summary" aria-label={s.hotSummaryLabel}>
      <p className="hot-summary__label">{s.hotMarker}</p>
      {hot && hot.text.trim() !== '' ? (
        <>
          <blockquote className="hot-summary__text">{hot.text}</blockquote>
          <p className="hot-summary__belief">{s.hotSummary(hot.belief)}</p>
        </>
      ) : (
        <p className="hot-summary__text">
          {s.noHotThought}.{' '}
          <button type="button" className="link-button" onClick={onGoToThoughts}>
            {s.goToThoughts}
          </button>
        </p>
      )}
    </aside>
  );
}
