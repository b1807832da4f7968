import { useEffect } from 'react';
import type { Settings } from '../../../shared/contract';

/**
 * The editor font setting as `data-editor-font` on <html>; the stylesheet maps it to a
 * system font stack (nothing is downloaded). Removed on lock with the rest of the session.
 */
export function useEditorFont(font: Settings['editorFont'] | undefined): void {
  useEffect(() => {
    if (font === undefined) return;
    const root = document.documentElement;
    root.dataset.editorFont = font;
    return () => {
      delete root.dataset.editorFont;
    };
  }, [font]);
}
