import { isMac } from '../platform';

/** A keyboard shortcut. `mod` is Ctrl, or ⌘ on macOS. */
export interface Shortcut {
  key: string;
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
}

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** Keys typed with Shift on most layouts: Shift is part of the character, not a modifier. */
const SHIFTED_CHARACTERS = new Set(['?']);

const KEY_NAMES: Record<string, string> = { ArrowLeft: '←', ArrowRight: '→' };
const ARIA_KEY_NAMES: Record<string, string> = { ',': 'Comma', '?': '?' };

export function matchesShortcut(event: KeyLike, shortcut: Shortcut): boolean {
  const mod = event.ctrlKey || event.metaKey;
  if (mod !== Boolean(shortcut.mod) || event.altKey !== Boolean(shortcut.alt)) return false;
  if (!SHIFTED_CHARACTERS.has(shortcut.key) && event.shiftKey !== Boolean(shortcut.shift)) {
    return false;
  }
  return event.key.toLowerCase() === shortcut.key.toLowerCase();
}

function keyName(key: string): string {
  return KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key);
}

/** As people read it: "Ctrl+Shift+P" (or "⌘⇧P" on a Mac), "Alt+←", "?". */
export function shortcutText(shortcut: Shortcut): string {
  const parts: string[] = [];
  if (shortcut.mod) parts.push(isMac ? '⌘' : 'Ctrl');
  if (shortcut.alt) parts.push(isMac ? '⌥' : 'Alt');
  if (shortcut.shift) parts.push(isMac ? '⇧' : 'Shift');
  parts.push(keyName(shortcut.key));
  return parts.join(isMac ? '' : '+');
}

/** The value for aria-keyshortcuts. */
export function ariaShortcut(shortcut: Shortcut): string {
  const parts: string[] = [];
  if (shortcut.mod) parts.push(isMac ? 'Meta' : 'Control');
  if (shortcut.alt) parts.push('Alt');
  if (shortcut.shift) parts.push('Shift');
  parts.push(
    ARIA_KEY_NAMES[shortcut.key] ??
      (shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key),
  );
  return parts.join('+');
}

/** Typing here means text, so single-key shortcuts like "?" must not fire. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(
      target.type,
    );
  }
  return false;
}
