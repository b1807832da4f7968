import { useNavigation } from './NavigationContext';
import { NavIcon } from './NavIcon';
import { PLACES, placeLabel } from './places';
import { appStrings as s } from '../strings';

export const SIDEBAR_ID = 'main-navigation';

interface Props {
  onOpenPalette: () => void;
  onOpenShortcuts: () => void;
  paletteShortcut: string;
}

/** The places, one button each; the current one marked for sight and for screen readers. */
export function Sidebar({ onOpenPalette, onOpenShortcuts, paletteShortcut }: Props) {
  const navigation = useNavigation();
  return (
    <nav id={SIDEBAR_ID} className="sidebar" aria-label={s.navLabel}>
      <ul className="sidebar__list">
        {PLACES.map((place) => {
          const label = placeLabel(place);
          return (
            <li key={place} className={place === 'settings' ? 'sidebar__item--last' : undefined}>
              <button
                type="button"
                className="sidebar__link"
                aria-current={navigation.place === place ? 'page' : undefined}
                title={label}
                onClick={() => {
                  navigation.go(place);
                }}
              >
                <NavIcon place={place} />
                <span className="sidebar__label">{label}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <div className="sidebar__tools">
        <button
          type="button"
          className="sidebar__tool"
          title={`${s.openPalette} (${paletteShortcut})`}
          aria-haspopup="dialog"
          onClick={onOpenPalette}
        >
          <svg
            className="icon sidebar__icon"
            viewBox="0 0 24 24"
            aria-hidden="true"
            focusable="false"
          >
            <path d="M4 5h16v14H4zM7.5 9.5 10 12l-2.5 2.5M12 15h4.5" />
          </svg>
          <span className="sidebar__label">{s.openPalette}</span>
        </button>
        <button
          type="button"
          className="sidebar__tool"
          title={`${s.openShortcuts} (?)`}
          aria-haspopup="dialog"
          onClick={onOpenShortcuts}
        >
          <svg
            className="icon sidebar__icon"
            viewBox="0 0 24 24"
            aria-hidden="true"
            focusable="false"
          >
            <path d="M3 7h18v11H3zM6.5 10.5h1M10 10.5h1M13.5 10.5h1M17 10.5h.5M8 14.5h8" />
          </svg>
          <span className="sidebar__label">{s.openShortcuts}</span>
        </button>
      </div>
    </nav>
  );
}
