import type { ReactNode } from 'react';

/** Small line icons for the formatting toolbar (decorative: each button has its own name). */

function Svg({ children }: { children: ReactNode }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export const icons = {
  heading: (
    <Svg>
      <path d="M4 6v12M12 6v12M4 12h8" />
      <path d="M15.4 13.3a1.9 1.9 0 0 1 3.7.6c0 1.5-3.7 2.5-3.7 4.1h3.9" strokeWidth="1.5" />
    </Svg>
  ),
  subheading: (
    <Svg>
      <path d="M4 6v12M12 6v12M4 12h8" />
      <path d="M15.5 12.4h3.6l-2 2.3a1.8 1.8 0 1 1-1.7 2.8" strokeWidth="1.5" />
    </Svg>
  ),
  bulletList: (
    <Svg>
      <circle cx="5" cy="7" r="1.2" className="icon__dot" />
      <circle cx="5" cy="12" r="1.2" className="icon__dot" />
      <circle cx="5" cy="17" r="1.2" className="icon__dot" />
      <path d="M9.5 7H20M9.5 12H20M9.5 17H20" />
    </Svg>
  ),
  orderedList: (
    <Svg>
      <path d="M4 5.2 5.4 4.5V9.5M4 9.5h2.8" strokeWidth="1.4" />
      <path d="M4 14.6a1.4 1.4 0 0 1 2.6.6c0 .9-2.6 2-2.6 3.3h2.8" strokeWidth="1.4" />
      <path d="M10 7H20M10 12H20M10 17H20" />
    </Svg>
  ),
  taskList: (
    <Svg>
      <rect x="3.5" y="4" width="5" height="5" rx="1" />
      <path d="m4.8 6.6 1.1 1.1 2-2.3" strokeWidth="1.4" />
      <rect x="3.5" y="14" width="5" height="5" rx="1" />
      <path d="M11.5 6.5H20M11.5 16.5H20" />
    </Svg>
  ),
  quote: (
    <Svg>
      <path d="M9.5 7C6.8 7.8 5 9.9 5 13v4h4.5v-4.5H6.6M18.5 7c-2.7.8-4.5 2.9-4.5 6v4h4.5v-4.5h-2.9" />
    </Svg>
  ),
  divider: (
    <Svg>
      <path d="M3.5 12h17" strokeWidth="2.2" />
      <path d="M7 6.5h10M7 17.5h10" className="icon__faint" />
    </Svg>
  ),
  link: (
    <Svg>
      <path d="M10.2 13.8a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1.1 1.1" />
      <path d="M13.8 10.2a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1.1-1.1" />
    </Svg>
  ),
  undo: (
    <Svg>
      <path d="M9 14 4.5 9.5 9 5" />
      <path d="M4.5 9.5H14a5.5 5.5 0 0 1 0 11h-3" />
    </Svg>
  ),
  redo: (
    <Svg>
      <path d="m15 14 4.5-4.5L15 5" />
      <path d="M19.5 9.5H10a5.5 5.5 0 0 0 0 11h3" />
    </Svg>
  ),
};
