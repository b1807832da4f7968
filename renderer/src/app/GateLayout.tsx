import type { ReactNode } from 'react';
import { HelpButton } from '../features/help/HelpButton';
import { Brand } from './Brand';

/** The frame of every screen before the journal opens: brand, "Need help now?", one card. */
export function GateLayout({ children }: { children: ReactNode }) {
  return (
    <div className="gate">
      <header className="gate__bar">
        <Brand />
        <HelpButton />
      </header>
      <main className="gate__card">{children}</main>
    </div>
  );
}
