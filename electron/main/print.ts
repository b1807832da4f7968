/**
 * Printing the pre-session summary to PDF (ARCHITECTURE.md, "Electron specifics": PDF).
 * The summary HTML is served once, from memory, on the app's own origin (with its CSP) and
 * loaded in a hidden window with no preload and JavaScript off; Chromium's printToPDF turns
 * it into bytes. Nothing is written to disk until the user picks where to save the PDF.
 *
 * The pure parts (the print document, the options) are shared with the e2e test harness,
 * which prints the same document with Playwright's page.pdf; so this module imports only
 * types from 'electron' and gets the window constructor and the one-shot route injected.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_PARTITION } from './security';

export type PageSize = 'A4' | 'Letter';

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * The href of the renderer's built stylesheet, read from the built index.html, resolved
 * against `origin`; null when there is none.
 */
export function stylesheetHrefFrom(indexHtml: string, origin: string): string | null {
  for (const tag of indexHtml.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/\brel\s*=\s*["']?stylesheet\b/i.test(tag)) continue;
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (!href) continue;
    const url = new URL(href, `${origin}/`);
    if (url.origin !== new URL(origin).origin) return null;
    return url.href;
  }
  return null;
}

/** A whole HTML document around the (already escaped, script-free) summary article. */
export function printDocument(articleHtml: string, title: string, stylesheetHref: string | null) {
  const link = stylesheetHref ? `<link rel="stylesheet" href="${escapeHtml(stylesheetHref)}">` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${link}</head><body class="print">${articleHtml}</body></html>`;
}

/**
 * Page numbers at the foot of every page. Chromium renders header and footer templates
 * itself (outside the page and its CSP), so their only styling is inline, as it requires.
 */
export const FOOTER_TEMPLATE =
  '<div style="width:100%;font-size:8px;color:#555;text-align:center;font-family:sans-serif;">' +
  'Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';
/** An empty header: Chromium's default one prints the date and the document title. */
export const HEADER_TEMPLATE = '<span></span>';

/** Margins in inches; the bottom one leaves room for the page numbers. */
export const PRINT_MARGINS = { top: 0.6, bottom: 0.75, left: 0.6, right: 0.6 } as const;

/** The options for webContents.printToPDF. */
export function printToPdfOptions(pageSize: PageSize) {
  return {
    pageSize,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: HEADER_TEMPLATE,
    footerTemplate: FOOTER_TEMPLATE,
    margins: { ...PRINT_MARGINS },
    preferCSSPageSize: false,
  };
}

/** The hidden print window: no preload, JavaScript off, sandboxed, the app's in-memory session. */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      partition: APP_PARTITION,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
      images: true,
    },
  };
}

export interface PrintDeps {
  createWindow: (options: BrowserWindowConstructorOptions) => Pick<
    BrowserWindow,
    'loadURL' | 'destroy' | 'isDestroyed'
  > & {
    webContents: Pick<BrowserWindow['webContents'], 'printToPDF'>;
  };
  /** Makes `html` available once at a fresh app:// URL; returns the URL and a revoke. */
  serveOnce: (html: string) => { url: string; revoke: () => void };
  /** The renderer's stylesheet on the app origin (null: print unstyled). */
  stylesheetHref: () => string | null;
}

/** Platform.printToPdf for Electron. */
export function createPrintToPdf(deps: PrintDeps) {
  return async (
    articleHtml: string,
    options: { pageSize: PageSize; title: string },
  ): Promise<Uint8Array> => {
    const { url, revoke } = deps.serveOnce(
      printDocument(articleHtml, options.title, deps.stylesheetHref()),
    );
    const window = deps.createWindow(printWindowOptions());
    try {
      await window.loadURL(url);
      const pdf = await window.webContents.printToPDF(printToPdfOptions(options.pageSize));
      return new Uint8Array(pdf);
    } finally {
      revoke();
      if (!window.isDestroyed()) window.destroy();
    }
  };
}

export const SAVE_FILTERS = {
  pdf: [{ name: 'PDF document', extensions: ['pdf'] }],
  md: [{ name: 'Markdown', extensions: ['md'] }],
} as const;

export interface SaveDeps {
  showSaveDialog: (options: {
    title: string;
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }) => Promise<{ canceled: boolean; filePath?: string | undefined }>;
  writeFile: (path: string, data: Uint8Array, options: { mode: number }) => Promise<void>;
  downloadsDir: () => string;
  join: (...parts: string[]) => string;
}

/** Platform.saveFile for Electron: the system save dialog, then a file only the user can read. */
export function createSaveFile(deps: SaveDeps) {
  return async (suggestedName: string, data: Uint8Array, kind: 'pdf' | 'md') => {
    const result = await deps.showSaveDialog({
      title: 'Save the summary (not encrypted)',
      defaultPath: deps.join(deps.downloadsDir(), suggestedName),
      filters: SAVE_FILTERS[kind].map((f) => ({ name: f.name, extensions: [...f.extensions] })),
    });
    if (result.canceled || !result.filePath) return null;
    await deps.writeFile(result.filePath, data, { mode: 0o600 });
    return result.filePath;
  };
}
