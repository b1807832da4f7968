import { useEffect } from 'react';
import { appStrings as s } from '../strings';

/**
 * The window title names the section, never anything written in the journal. Main allows
 * only titles built from the same section names.
 */
export function useDocumentTitle(section: string | null): void {
  useEffect(() => {
    document.title = section === null ? s.appName : s.windowTitle(section);
    // Leaving (e.g. locking) puts the plain app name back.
    return () => {
      document.title = s.appName;
    };
  }, [section]);
}
