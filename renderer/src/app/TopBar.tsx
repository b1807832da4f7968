import { HelpButton } from '../features/help/HelpButton';
import { findAction } from './actions';
import { Brand } from './Brand';
import { ariaShortcut, shortcutText } from './commands/shortcuts';
import { SIDEBAR_ID } from './navigation/Sidebar';
import { appStrings as s } from './strings';

interface Props {
  navExpanded: boolean;
  onToggleNav: () => void;
  helpOpen: boolean;
  onHelpOpenChange: (open: boolean) => void;
  onLock: () => void;
}

const lockShortcut = findAction('app.lock').shortcut ?? { key: 'l', mod: true };

/** The banner: menu toggle (narrow windows), brand, and the two things always in reach. */
export function TopBar({ navExpanded, onToggleNav, helpOpen, onHelpOpenChange, onLock }: Props) {
  return (
    <header className="topbar">
      <button
        type="button"
        className="button button--quiet topbar__menu"
        aria-expanded={navExpanded}
        aria-controls={SIDEBAR_ID}
        title={navExpanded ? s.hideMenu : s.showMenu}
        onClick={onToggleNav}
      >
        <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M4 7h16M4 12h16M4 17h16" />
        </svg>
        <span className="visually-hidden">{s.menu}</span>
      </button>
      <Brand />
      <div className="topbar__actions">
        <HelpButton open={helpOpen} onOpenChange={onHelpOpenChange} />
        <button
          type="button"
          className="button"
          title={s.lockHint(shortcutText(lockShortcut))}
          aria-keyshortcuts={ariaShortcut(lockShortcut)}
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
  );
}
