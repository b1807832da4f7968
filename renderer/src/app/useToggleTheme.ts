import { usePrefs, useSetPrefs } from '../prefs/usePrefs';

/** Light ↔ dark from whatever is showing now (a "system" theme counts as what it shows). */
export function useToggleTheme(): () => void {
  const prefs = usePrefs();
  const setPrefs = useSetPrefs();
  return () => {
    const showingDark =
      prefs.theme === 'dark' ||
      (prefs.theme === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
    setPrefs.mutate({ theme: showingDark ? 'light' : 'dark' });
  };
}
