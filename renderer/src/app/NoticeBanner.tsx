import type { VaultNotice } from '../../../shared/contract';
import { useNavigation } from './navigation/NavigationContext';
import { appStrings as s } from './strings';

/** Damage the vault set aside or repaired: a backup may have what was lost. */
const DAMAGE = new Set<VaultNotice['kind']>(['shard_damaged', 'shard_rolled_back']);

/** Notices from unlock (a repaired header, restored drafts…), said once, politely. */
export function NoticeBanner({
  notices,
  onDismiss,
}: {
  notices: VaultNotice[];
  onDismiss: () => void;
}) {
  const navigation = useNavigation();
  return (
    <div className={notices.length > 0 ? 'notice-banner' : 'notice-banner is-empty'}>
      <div role="status" aria-label={s.noticesLabel} className="notice-banner__messages">
        {notices.map((notice, index) => (
          <p key={`${notice.kind}-${index}`}>{notice.message}</p>
        ))}
      </div>
      {notices.some((n) => DAMAGE.has(n.kind)) && (
        <button
          type="button"
          className="button"
          onClick={() => {
            navigation.go('settings', 'backups');
          }}
        >
          {s.restoreFromBackup}
        </button>
      )}
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
