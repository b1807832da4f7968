import { resolve } from 'node:path';
import type { Page } from '@playwright/test';

/** Where `npm run screenshots` writes the README's pictures. */
export const OUT = resolve(import.meta.dirname, '../../docs/screenshots');

/** Focus rings are for keyboard users; keep them out of the picture. */
export async function blurFocus(page: Page): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
  });
}
