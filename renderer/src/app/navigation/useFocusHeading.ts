import { useEffect, type RefObject } from 'react';

/**
 * After each navigation, focus the page's h1 so screen readers announce where we are and
 * Tab continues from the top of the page. Pages that load render their h1 at once.
 */
export function useFocusHeading(
  container: RefObject<HTMLElement | null>,
  visitId: number,
  enabled: boolean,
): void {
  useEffect(() => {
    if (!enabled) return;
    const heading = container.current?.querySelector<HTMLElement>('h1');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus({ preventScroll: false });
  }, [container, visitId, enabled]);
}
