import type { Locator, Page } from '@playwright/test';
import type { Session } from '../../electron/core/session';
import { expect } from './fixtures';
import { editor } from './flows';

/**
 * Page objects for the editor: its toolbar, its dialogs and the clipboard. The clipboard
 * helpers dispatch a real ClipboardEvent carrying a DataTransfer, so ProseMirror's own
 * paste handling (and our sanitiser in transformPastedHTML) runs as it does for a person.
 */

export const toolbar = (page: Page): Locator => page.getByRole('toolbar', { name: 'Formatting' });

export const tool = (page: Page, name: string): Locator =>
  toolbar(page).getByRole('button', { name, exact: true });

export const linkDialog = (page: Page, name: 'Add a link' | 'Edit link'): Locator =>
  page.getByRole('dialog', { name });

export const openLinkDialog = (page: Page): Locator =>
  page.getByRole('dialog', { name: 'Open this link in your browser?' });

/** Puts the caret at the end of the text, with focus in the editor. */
export async function focusEnd(page: Page): Promise<void> {
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await expect(editor(page)).toBeFocused();
}

/** Pastes at the caret, as a browser would when someone presses Ctrl+V. */
export async function paste(page: Page, data: { html?: string; text?: string }): Promise<void> {
  await editor(page).evaluate((box, { html, text }) => {
    const transfer = new DataTransfer();
    if (html !== undefined) transfer.setData('text/html', html);
    if (text !== undefined) transfer.setData('text/plain', text);
    box.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, data);
}

/** Every journal:save that reaches main from now on, counted in the test's process. */
export function countSaves(session: Pick<Session, 'saveEntry'>): { readonly count: number } {
  const counter = { count: 0 };
  const original = session.saveEntry.bind(session);
  session.saveEntry = (patch) => {
    counter.count += 1;
    return original(patch);
  };
  return counter;
}

/**
 * Counts save attempts as the page shows them: each time the status turns to "saving".
 * (A request over the size limit is refused at the IPC boundary, before the session.)
 */
export async function countSaveAttempts(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const status = document.querySelector('.save-status');
    if (!status) throw new Error('no save status on screen');
    const w = window as unknown as { __saveAttempts: number };
    w.__saveAttempts = 0;
    new MutationObserver(() => {
      if (status.getAttribute('data-state') === 'saving') w.__saveAttempts += 1;
    }).observe(status, { attributes: true, attributeFilter: ['data-state'] });
  });
  return () =>
    page.evaluate(() => (window as unknown as { __saveAttempts: number }).__saveAttempts);
}
