import type { VaultNotice } from '../../../shared/contract';
import { appStrings as s } from './strings';

/** Notices from unlock (a repaired header, restored drafts…), said once, politely. */
export function NoticeBanner({
  notices,
  onDismiss,
}: {
  notices: VaultNotice[];
  onDismiss: () => void;
}) {
  return (
    <div className={notices.length > 0 ? 'notice-banner' : 'notice-banner is-empty'}>
      <div role="status" aria-label={s.noticesLabel} className="notice-banner__messages">
        {notices.map((notice, index) => (
          <p key={`${notice.kind}-${index}`}>{notice.message}</p>
        ))}
      </div>
      {notices.length > 0 && (
        <button
          type="button"
          className="button button--quiet"
          aria-label={s.dismissNotices}
          onClick={onDismiss}
        >
          {s.dismiss}
        </button>
      )}
    </div>
  );
}
