/**
 * What the handlers need from the operating system, injected so electron/core never imports
 * 'electron'. Main passes shell-backed functions; the CLI and the test harness pass their own.
 */
export interface Platform {
  version: string;
  /** Opens an already validated http(s) URL in the system browser. */
  openExternal?: (url: string) => Promise<void>;
  /** Shows a folder in the system file manager. */
  revealFolder?: (path: string) => Promise<void>;
}

export const HEADLESS_PLATFORM: Platform = { version: '0.0.0' };
