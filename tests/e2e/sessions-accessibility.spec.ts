import { chooseTheme, createJournal, goTo } from './flows';
import { expect, expectAccessible, test } from './fixtures';
import { SHARED_PHRASE, seedSummaryData } from './sessionFlows';

for (const theme of ['Light', 'Dark'] as const) {
  test(`sessions page, summary builder and preview are accessible (${theme.toLowerCase()})`, async ({
    app,
  }) => {
    const { page } = app;
    await createJournal(page);
    await seedSummaryData(page);
    await chooseTheme(page, theme);
    await goTo(page, 'Sessions & summary');
    await expect(page.getByTestId('summary-preview')).toContainText(SHARED_PHRASE);
    await expectAccessible(page, `sessions, builder and preview (${theme})`);
    await page.getByLabel(/^What to share from .* Canal walk$/).selectOption('excerpt');
    await page.getByLabel(/^Excerpt from .* Canal walk$/).fill('not in the entry');
    await expect(page.getByText(/excerpt isn’t text/)).toBeVisible();
    await expectAccessible(page, `builder with a note (${theme})`);
    await goTo(page, 'Home');
    await expectAccessible(page, `home with session cards (${theme})`);
  });
}
