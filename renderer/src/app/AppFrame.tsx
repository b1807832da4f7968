import { useState } from 'react';
import { DEFAULT_SETTINGS, type VaultNotice } from '../../../shared/contract';
import { HelpButton } from '../features/help/HelpButton';
import { JournalPage } from '../features/journal/JournalPage';
import { useLiveSettings } from '../features/settings/queries';
import { SettingsPage } from '../features/settings/SettingsPage';
import { Brand } from './Brand';
import { NoticeBanner } from './NoticeBanner';
import { ariaShortcut, shortcutLabel } from './platform';
import { appStrings as s } from './strings';
import { useAutoLock } from './useAutoLock';
import { useLockShortcut } from './useLockShortcut';

type Page = 'journal' | 'settings';

/** The unlocked app: header (navigation, help, lock), notices, and the current page. */
export function AppFrame({
  notices,
  onDismissNotices,
  onLock,
}: {
  notices: VaultNotice[];
  onDismissNotices: () => void;
  onLock: () => void;
}) {
  const [page, setPage] = useState<Page>('journal');
  // Bumped to reopen the journal at its list (closing, and so saving, any open entry).
  const [journalVisit, setJournalVisit] = useState(0);
  const settings = useLiveSettings();
  useAutoLock(settings.data?.autoLockMinutes ?? DEFAULT_SETTINGS.autoLockMinutes, onLock);
  useLockShortcut(onLock);

  const navButton = (target: Page, label: string) => (
    <li>
      <button
        type="button"
        className="nav__link"
        aria-current={page === target ? 'page' : undefined}
        onClick={() => {
          if (target === 'journal') setJournalVisit((n) => n + 1);
          setPage(target);
          void settings.refetch();
        }}
      >
        {label}
      </button>
    </li>
  );

  return (
    <div className="frame">
      <header className="frame__header">
        <Brand />
        <nav className="nav" aria-label={s.navLabel}>
          <ul>
            {navButton('journal', s.navJournal)}
            {navButton('settings', s.navSettings)}
          </ul>
        </nav>
        <div className="frame__actions">
          <HelpButton />
          <button
            type="button"
            className="button"
            title={s.lockHint(shortcutLabel('L'))}
            aria-keyshortcuts={ariaShortcut('L')}
            onClick={onLock}
          >
            <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <rect x="5" y="10.5" width="14" height="10" rx="2" />
              <path d="M8.5 10.5V7.5a3.5 3.5 0 0 1 7 0v3" />
            </svg>
            {s.lock}
          </button>
        </div>
      </header>
      <NoticeBanner notices={notices} onDismiss={onDismissNotices} />
      <main className="frame__main">
        {page === 'journal' ? <JournalPage key={journalVisit} /> : <SettingsPage />}
      </main>
    </div>
  );
}
