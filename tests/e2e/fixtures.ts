import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { launchApp, type LaunchedApp } from './harness';

/** Each test gets the app on its own fresh, real, encrypted vault in a temp folder. */
export const test = base.extend<{ app: LaunchedApp }>({
  app: async ({ page }, use) => {
    const app = await launchApp({ page });
    await use(app);
    await app.close();
    // Every e2e test fails on a request outside the app's origin or a CSP violation.
    expect(app.problems, 'requests outside the app or CSP violations').toEqual([]);
  },
});

export { expect };

/** No serious or critical accessibility violations on the current screen. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    `accessibility on ${label}`,
  ).toEqual([]);
}
