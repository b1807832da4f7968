import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { countWords } from '../../../../shared/journal';
import { journalStrings as s } from './strings';

/** How long typing must pause before the count is taken again. */
const RECOUNT_AFTER_MS = 300;

function wordsIn(editor: Editor): number {
  return countWords(editor.getText({ blockSeparator: '\n' }));
}

/**
 * The entry's word count, the same count the journal list shows (shared countWords).
 * Counting walks the whole document, which for a very long entry costs more than a
 * keystroke should, so it runs once typing pauses rather than on every transaction.
 */
export function WordCount({ editor }: { editor: Editor }) {
  const [words, setWords] = useState(() => wordsIn(editor));

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        setWords(wordsIn(editor));
      }, RECOUNT_AFTER_MS);
    };
    editor.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      editor.off('update', onUpdate);
    };
  }, [editor]);

  return <p className="word-count">{s.words(words)}</p>;
}
