import type { Place } from './places';

/** Simple line icons for the sidebar; decorative (the label names the place). */
const PATHS: Record<Place, string> = {
  home: 'M4 11.2 12 4l8 7.2V20h-5.5v-5.5h-5V20H4z',
  journal:
    'M6 3.5h10.5A2.5 2.5 0 0 1 19 6v14.5H8A2.5 2.5 0 0 1 5.5 18V4M5.5 18A2.5 2.5 0 0 1 8 15.5h11M9 8h6',
  goals:
    'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 7.5a4.5 4.5 0 1 0 0 9a4.5 4.5 0 1 0 0-9M12 11.2v1.6',
  thoughtRecords:
    'M5 4.5h14a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-7l-4.5 3.5v-3.5H5a2 2 0 0 1-2-2v-8a2 2 0 0 1 2-2M8 9.5h8M8 12.5h5',
  plans: 'M12 3v18M12 5.5h6l2 2.25-2 2.25h-6M12 12.5H6l-2 2.25L6 17h6',
  skills:
    'M12 20.5s-7.5-4.4-7.5-10a4.2 4.2 0 0 1 7.5-2.6 4.2 4.2 0 0 1 7.5 2.6c0 5.6-7.5 10-7.5 10M8.5 12h2l1-2 1.5 4 1-2h1.5',
  checkIns: 'M3 12.5h4l2.5-6 4.5 11 2.5-5H21',
  sessions: 'M4 6h16v14H4zM8 3.5V8M16 3.5V8M4 10.5h16M8 14h3',
  settings:
    'M4 7h9M17 7h3M4 17h3M11 17h9M15 5a2 2 0 1 0 0 4a2 2 0 1 0 0-4M9 15a2 2 0 1 0 0 4a2 2 0 1 0 0-4',
};

export function NavIcon({ place }: { place: Place }) {
  return (
    <svg className="icon sidebar__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[place]} />
    </svg>
  );
}
