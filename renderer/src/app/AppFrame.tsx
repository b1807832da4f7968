import './shell.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_SETTINGS, type VaultNotice } from '../../../shared/contract';
import { ErrorMessage } from '../components/ErrorMessage';
import { SearchDialog } from '../features/search/SearchDialog';
import { useLiveSettings } from '../features/settings/queries';
import { findAction, type ActionContext, type AppAction } from './actions';
import { CommandPalette } from './commands/CommandPalette';
import { shortcutText } from './commands/shortcuts';
import { ShortcutSheet } from './commands/ShortcutSheet';
import { useActionKeys } from './commands/useActionKeys';
import { useMenuEvents } from './commands/useMenuEvents';
import { NavigationContext } from './navigation/NavigationContext';
import { placeLabel } from './navigation/places';
import { Sidebar } from './navigation/Sidebar';
import { useDocumentTitle } from './navigation/useDocumentTitle';
import { useFocusHeading } from './navigation/useFocusHeading';
import { useNavigator } from './navigation/useNavigator';
import { NoticeBanner } from './NoticeBanner';
import { ConflictsNotice } from '../features/conflicts/ConflictsNotice';
import { PlaceView } from './PlaceView';
import { appStrings as s } from './strings';
import { TopBar } from './TopBar';
import { useAutoLock } from './useAutoLock';
import { useCopiedTextHandover } from './clipboard';
import { useEditorFont } from './useEditorFont';
import { useNewEntry } from './useNewEntry';
import { useToggleTheme } from './useToggleTheme';

const MAIN_ID = 'main-content';
const paletteShortcut = shortcutText(
  findAction('app.palette').shortcut ?? { key: 'p', mod: true, shift: true },
);

/** The unlocked app: banner, sidebar, notices, the current page, and the app's dialogs. */
export function AppFrame({
  notices,
  onDismissNotices,
  onLock,
}: {
  notices: VaultNotice[];
  onDismissNotices: () => void;
  onLock: () => void;
}) {
  const { navigation, visit } = useNavigator();
  // The drawer (narrow windows) belongs to one visit: navigating closes it.
  const [expandedFor, setExpandedFor] = useState<number | null>(null);
  const navExpanded = expandedFor === visit.id;
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [sheetOpen, setSheetOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [searchOpen, setSearchOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);

  const settings = useLiveSettings();
  useAutoLock(settings.data?.autoLockMinutes ?? DEFAULT_SETTINGS.autoLockMinutes, onLock);
  useEditorFont(settings.data?.editorFont);
  useCopiedTextHandover();
  const { refetch: refetchSettings } = settings;
  useEffect(() => {
    // Settings are re-read on every navigation (cheap, in memory in main), never polled.
    void refetchSettings();
  }, [visit.id, refetchSettings]);

  const { newEntry, error: newEntryError } = useNewEntry(navigation);
  const toggleTheme = useToggleTheme();
  const context = useMemo<ActionContext>(
    () => ({
      navigation,
      newEntry,
      lock: onLock,
      toggleTheme,
      openPalette: () => {
        setPaletteOpen(true);
      },
      openShortcuts: () => {
        setSheetOpen(true);
      },
      openHelp: () => {
        setHelpOpen(true);
      },
      openSearch: () => {
        setSearchOpen(true);
      },
    }),
    [navigation, newEntry, onLock, toggleTheme],
  );
  useActionKeys(context);
  useMenuEvents(context);

  const section = placeLabel(visit.place);
  useDocumentTitle(section);
  useFocusHeading(mainRef, visit.id, visit.focusHeading);

  const runAction = (action: AppAction) => {
    setPaletteOpen(false);
    action.run(context);
  };

  return (
    <NavigationContext value={navigation}>
      <div className="shell" data-nav-expanded={navExpanded || undefined}>
        <a
          className="skip-link"
          href={`#${MAIN_ID}`}
          onClick={(event) => {
            // No hash navigation in the app: just move focus.
            event.preventDefault();
            mainRef.current?.focus();
          }}
        >
          {s.skipToContent}
        </a>
        <TopBar
          navExpanded={navExpanded}
          onToggleNav={() => {
            setExpandedFor(navExpanded ? null : visit.id);
          }}
          helpOpen={helpOpen}
          onHelpOpenChange={setHelpOpen}
          onLock={onLock}
        />
        <div className="shell__body">
          <Sidebar
            onOpenPalette={() => {
              setPaletteOpen(true);
            }}
            onOpenShortcuts={() => {
              setSheetOpen(true);
            }}
            paletteShortcut={paletteShortcut}
          />
          <main id={MAIN_ID} ref={mainRef} className="shell__main" tabIndex={-1}>
            <NoticeBanner notices={notices} onDismiss={onDismissNotices} />
            <ConflictsNotice />
            <ErrorMessage message={newEntryError} />
            <PlaceView key={visit.id} visit={visit} />
          </main>
        </div>
      </div>
      <CommandPalette
        open={paletteOpen}
        onClose={() => {
          setPaletteOpen(false);
        }}
        onRun={runAction}
      />
      <SearchDialog
        open={searchOpen}
        onClose={() => {
          setSearchOpen(false);
        }}
        onOpenEntry={(entryId, query) => {
          setSearchOpen(false);
          navigation.openEntry(entryId, query);
        }}
      />
      <ShortcutSheet
        open={sheetOpen}
        onClose={() => {
          setSheetOpen(false);
        }}
      />
    </NavigationContext>
  );
}
