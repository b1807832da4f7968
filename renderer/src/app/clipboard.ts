/**
 * Text leaving Waypoint through the clipboard. Main clears it off the clipboard after the
 * "Clear copied text" setting's time and at lock, but only while the clipboard still holds
 * it (electron/core/clipboardGuard.ts): the renderer just tells main what was copied.
 */
import { useEffect } from 'react';
import { call } from '../api/client';

function handOver(text: string): void {
  if (text !== '') void call('clipboard:copied', { text }).catch(() => undefined);
}

/**
 * The page's own copy command: main refuses every permission request, which in Electron may
 * include the async clipboard API's write, but a copy the user started needs no permission.
 */
function copyWithCommand(text: string): void {
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.setAttribute('aria-hidden', 'true');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  const focused = document.activeElement;
  document.body.append(field);
  field.select();
  // Deprecated, but the one copy that needs no permission; used only when writeText is refused.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const copied = document.execCommand('copy');
  field.remove();
  if (focused instanceof HTMLElement) focused.focus();
  if (!copied) throw new Error('Copy was refused.');
}

/** Copies text with a button (the recovery key) and hands it over to be cleared later. */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    copyWithCommand(text);
  }
  handOver(text);
}

/** What a copy or cut put on the clipboard: the editor's own text, or the plain selection. */
function copiedText(event: ClipboardEvent): string {
  // ProseMirror (and anything else that handles copy itself) has already set the data.
  const set = event.clipboardData?.getData('text/plain') ?? '';
  if (set !== '') return set;
  const active = document.activeElement;
  if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) {
    const { selectionStart, selectionEnd, value } = active;
    return selectionStart === null || selectionEnd === null
      ? ''
      : value.slice(selectionStart, selectionEnd);
  }
  return document.getSelection()?.toString() ?? '';
}

/** While the journal is open, every copy or cut from the page is handed over to main. */
export function useCopiedTextHandover(): void {
  useEffect(() => {
    const onCopy = (event: ClipboardEvent) => {
      handOver(copiedText(event));
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCopy);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCopy);
    };
  }, []);
}
