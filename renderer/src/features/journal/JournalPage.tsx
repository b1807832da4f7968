import './journal.css';
import { useState } from 'react';
import { EntryScreen } from './EntryScreen';
import { JournalHome } from './JournalHome';

/** Journal section: the list, or one open entry. */
export function JournalPage() {
  const [openId, setOpenId] = useState<string | null>(null);
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
  return <JournalHome onOpen={setOpenId} />;
}
