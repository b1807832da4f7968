import { expect, expectAccessible, test } from './fixtures';
import { button, chooseTheme, createJournal, goTo } from './flows';
import { SAMPLE, STEP_TITLES, next, startNewRecord } from './thoughtFlows';

for (const theme of ['Light', 'Dark'] as const) {
  test(`thought records pass axe in the ${theme.toLowerCase()} theme: every step, a record, the list and insights`, async ({
    app,
  }) => {
    // Axe runs thirteen times here; each run takes a few seconds.
    test.setTimeout(150_000);
    const { page } = app;
    await createJournal(page);
    await chooseTheme(page, theme);
    await goTo(page, 'Thought records');
    await expectAccessible(page, `empty list (${theme})`);

    // Every step, with something on it (an emotion, a thought, an open example).
    await startNewRecord(page);
    await page.getByLabel('What happened', { exact: true }).fill(SAMPLE.situation);
    for (const [index, title] of STEP_TITLES.entries()) {
      if (title === 'Emotions') await button(page, 'Anxious').click();
      if (title === 'Automatic thoughts') {
        await button(page, 'Add a thought').click();
        await page.getByLabel('Thought 1', { exact: true }).fill(SAMPLE.thought);
      }
      if (title === 'Thinking traps') await page.getByText('Example').first().click();
      await expectAccessible(page, `step ${index + 1}, ${title} (${theme})`);
      const following = STEP_TITLES[index + 1];
      if (following) await next(page, following);
    }
    await button(page, 'Finish record').click();
    await expect(page.getByRole('article')).toBeVisible();
    await expectAccessible(page, `finished record (${theme})`);

    await button(page, 'Back to thought records').click();
    await expectAccessible(page, `list (${theme})`);
    await button(page, 'Insights').click();
    await expect(page.getByRole('heading', { level: 2, name: 'Insights' })).toBeVisible();
    await expectAccessible(page, `insights (${theme})`);
  });
}
