import { appStrings as s } from './strings';

/** The app name with a small waypoint mark (decorative). */
export function Brand() {
  return (
    <span className="brand">
      <svg className="brand__mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 2.5c-3.9 0-7 3-7 6.9 0 5 7 12.1 7 12.1s7-7.1 7-12.1c0-3.9-3.1-6.9-7-6.9Z" />
        <circle cx="12" cy="9.5" r="2.6" />
      </svg>
      <span className="brand__name">{s.appName}</span>
    </span>
  );
}
