/**
 * What the handlers need from the operating system, injected so electron/core never imports
 * 'electron'. Main passes shell-backed functions; the CLI and the test harness pass their own.
 */
import type { ClipboardGuard } from './clipboardGuard';

export interface Platform {
  version: string;
  /** Opens an already validated http(s) URL in the system browser. */
  openExternal?: (url: string) => Promise<void>;
  /** Shows a folder in the system file manager. */
  revealFolder?: (path: string) => Promise<void>;
  /**
   * Asks where to save an export and writes it there; returns the path, or null if the user
   * cancelled. Exports are the only files Waypoint writes in the clear, and the UI says so.
   */
  saveFile?: (
    suggestedName: string,
    data: Uint8Array,
    kind: 'pdf' | 'md',
  ) => Promise<string | null>;
  /**
   * Prints summary HTML (an <article>, no script) to PDF in memory: a hidden window with no
   * preload, JavaScript off and the app's CSP in Electron; Playwright's page.pdf in tests.
   */
  /** Asks for a folder (the system dialog; it may offer to create one); null if cancelled. */
  chooseFolder?: (title: string) => Promise<string | null>;
  printToPdf?: (
    articleHtml: string,
    options: { pageSize: 'A4' | 'Letter'; title: string },
  ) => Promise<Uint8Array>;
  /** Clears text copied from the app off the system clipboard (electron's clipboard in main). */
  clipboard?: ClipboardGuard;
}

export const HEADLESS_PLATFORM: Platform = { version: '0.0.0' };
