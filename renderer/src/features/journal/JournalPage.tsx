import './journal.css';
import { useState } from 'react';
import { EntryScreen } from './EntryScreen';
import { JournalHome, type JournalPageState } from './JournalHome';

/** Journal section: the views, or one open entry (closing it returns to the same view). */
export function JournalPage() {
  const [openId, setOpenId] = useState<string | null>(null);
  const [state, setState] = useState<JournalPageState>({ view: 'timeline', filter: {} });
  if (openId !== null) {
    return (
      <EntryScreen
        key={openId}
        id={openId}
        onClose={() => {
          setOpenId(null);
        }}
      />
    );
  }
  return <JournalHome state={state} onState={setState} onOpen={setOpenId} />;
}
