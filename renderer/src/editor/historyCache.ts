/**
 * prosemirror-history remembers, at module level, the plugin list of the last editor state it
 * saw a change in (a cache for `historyPreserveItems`). Tiptap's plugins close over their
 * editor, so after the entry editor is destroyed that cache alone keeps the editor — and the
 * entry's text — reachable until another editor changes. At lock we point the cache at a
 * throwaway state with no content, so the renderer holds no entry text.
 */
import { history } from '@tiptap/pm/history';
import { Schema } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';

const schema = new Schema({ nodes: { doc: { content: 'text*' }, text: {} } });

export function releaseEditorHistoryCache(): void {
  const state = EditorState.create({ schema, plugins: [history()] });
  state.apply(state.tr.insertText(' '));
}
