/** Shortcut wording for the platform we're on (⌘ on macOS, Ctrl elsewhere). */
export const isMac = /Mac|iPhone|iPad/i.test(navigator.userAgent);

export function shortcutLabel(key: string, options: { shift?: boolean; alt?: boolean } = {}) {
  const parts = [isMac ? '⌘' : 'Ctrl'];
  if (options.alt) parts.push(isMac ? '⌥' : 'Alt');
  if (options.shift) parts.push(isMac ? '⇧' : 'Shift');
  parts.push(key);
  return parts.join(isMac ? '' : '+');
}

/** The value for aria-keyshortcuts (always spelled out). */
export function ariaShortcut(key: string, options: { shift?: boolean; alt?: boolean } = {}) {
  const parts = [isMac ? 'Meta' : 'Control'];
  if (options.alt) parts.push('Alt');
  if (options.shift) parts.push('Shift');
  parts.push(key);
  return parts.join('+');
}
