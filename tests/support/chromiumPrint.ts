import { randomUUID } from 'node:crypto';
import type { Browser } from '@playwright/test';
import {
  FOOTER_TEMPLATE,
  HEADER_TEMPLATE,
  PRINT_MARGINS,
  printDocument,
} from '../../electron/main/print';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

export interface ChromiumPrintOptions {
  /** The origin the document is served on (the app's, so its CSP and stylesheet apply). */
  origin: string;
  stylesheetHref: string | null;
  pageSize: 'A4' | 'Letter';
  title: string;
  /** Other files on `origin` (e.g. the stylesheet) when no server is behind it. */
  asset?: (url: string) => { body: Buffer; contentType: string } | undefined;
}

/**
 * The same print as electron/main/print.ts, in Playwright's Chromium (page.pdf instead of
 * webContents.printToPDF): the document from memory on the app's origin with its CSP,
 * JavaScript off. Used by the e2e harness and by the benchmark.
 */
export async function printWithChromium(
  browser: Browser,
  articleHtml: string,
  options: ChromiumPrintOptions,
): Promise<Uint8Array> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const printPage = await context.newPage();
    const url = `${options.origin}/print/${randomUUID()}.html`;
    await printPage.route(`${options.origin}/**`, (route) => {
      const requested = route.request().url();
      if (requested === url) {
        return route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
          body: printDocument(articleHtml, options.title, options.stylesheetHref),
        });
      }
      const asset = options.asset?.(requested);
      return asset ? route.fulfill({ status: 200, ...asset }) : route.continue();
    });
    await printPage.goto(url);
    const inch = (n: number) => `${n}in`;
    return await printPage.pdf({
      format: options.pageSize,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: HEADER_TEMPLATE,
      footerTemplate: FOOTER_TEMPLATE,
      margin: {
        top: inch(PRINT_MARGINS.top),
        bottom: inch(PRINT_MARGINS.bottom),
        left: inch(PRINT_MARGINS.left),
        right: inch(PRINT_MARGINS.right),
      },
    });
  } finally {
    await context.close();
  }
}
