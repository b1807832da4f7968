import { useEditorState, type Editor } from '@tiptap/react';
import { countWords } from '../../../../shared/journal';
import { journalStrings as s } from './strings';

export function WordCount({ editor }: { editor: Editor }) {
  const words = useEditorState({
    editor,
    selector: ({ editor: e }) => countWords(e.getText({ blockSeparator: '\n' })),
  });
  return <p className="word-count">{s.words(words)}</p>;
}
