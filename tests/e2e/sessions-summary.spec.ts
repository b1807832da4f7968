import { readFile } from 'node:fs/promises';
import { button, createJournal, goTo, tabTo } from './flows';
import { expect, test } from './fixtures';
import {
  GOAL_TITLE,
  SECRET_PHRASE,
  SHARED_PHRASE,
  SHARED_REST,
  SITUATION,
  pdfText,
  seedSummaryData,
} from './sessionFlows';

test('build a summary: only picked journal text, previewed and saved as PDF and Markdown', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  const { today, sessionDay } = await seedSummaryData(page);
  await goTo(page, 'Sessions & summary');

  const preview = page.getByTestId('summary-preview');
  await expect(
    preview.getByRole('heading', { name: 'Summary for my therapy session' }),
  ).toBeVisible();
  await expect(preview.getByText(`Period: ${sessionDay} to ${today}`)).toBeVisible();
  // The shared entry is picked (and removable); the private one is nowhere in the preview.
  await expect(preview).toContainText(SHARED_PHRASE);
  await expect(preview).not.toContainText(SECRET_PHRASE);
  await expect(page.getByRole('button', { name: /^Remove .* Canal walk$/ })).toBeVisible();

  // An excerpt that isn't from the entry is left out, and the user is told.
  await page.getByLabel(/^What to share from .* Canal walk$/).selectOption('excerpt');
  const excerpt = page.getByLabel(/^Excerpt from .* Canal walk$/);
  await excerpt.fill('words that were never written');
  await expect(page.getByText(/1 excerpt isn’t text from its entry/)).toBeVisible();
  await excerpt.fill(SHARED_PHRASE);
  await expect(page.getByText(/excerpt isn’t text/)).toHaveCount(0);
  await expect(preview).toContainText(SHARED_PHRASE);
  await expect(preview).not.toContainText(SHARED_REST);

  // The thought record in full.
  await page
    .getByRole('group', { name: 'Thought records to show in full' })
    .getByLabel(new RegExp(SITUATION))
    .check();
  await expect(preview).toContainText('They must be angry with me');

  // PDF, A4: the figures, the picked excerpt, page numbers; never the private entry.
  await expect(page.getByText(/The saved file is not encrypted/)).toBeVisible();
  await button(page, 'Save as PDF').click();
  await expect(page.getByRole('status').getByText(/^Saved to /)).toBeVisible({ timeout: 30_000 });
  const pdfPath = app.savedFiles.find((p) => p.endsWith('.pdf'));
  expect(pdfPath).toBeDefined();
  await expect(page.getByText(`Saved to ${pdfPath}`)).toBeVisible();
  const { text } = await pdfText(pdfPath ?? '');
  for (const expected of [
    'Summary for my therapy session',
    'Mood and check-ins',
    'Goals',
    GOAL_TITLE,
    'Thought records',
    SITUATION,
    'From my journal',
    SHARED_PHRASE,
    'Homework',
    'Two evening walks',
    'Self-report prepared by the client',
    'Page 1 of',
  ])
    expect(text, `the PDF has “${expected}”`).toContain(expected);
  expect(text).not.toContain(SECRET_PHRASE);
  expect(text).not.toContain(SHARED_REST);
  expect(text).not.toContain('Private');

  // Markdown: the same content.
  await button(page, 'Save as Markdown').click();
  await expect.poll(() => app.savedFiles.filter((p) => p.endsWith('.md')).length).toBe(1);
  const md = await readFile(app.savedFiles.find((p) => p.endsWith('.md')) ?? '', 'utf8');
  for (const expected of ['Mood and check-ins', GOAL_TITLE, SHARED_PHRASE, 'Two evening walks'])
    expect(md).toContain(expected);
  expect(md).not.toContain(SECRET_PHRASE);
  expect(md).not.toContain(SHARED_REST);
});

test('keyboard only: choose sections and save the summary', async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  await seedSummaryData(page);
  await goTo(page, 'Sessions & summary');
  const preview = page.getByTestId('summary-preview');
  await expect(preview).toContainText(GOAL_TITLE);

  const goals = page.getByRole('group', { name: 'Sections to include' }).getByLabel('Goals');
  await tabTo(page, goals, 80);
  await page.keyboard.press('Space');
  await expect(goals).not.toBeChecked();
  await expect(preview).not.toContainText(GOAL_TITLE);

  const pageSize = page.getByLabel('Page size');
  await tabTo(page, pageSize, 80);
  await page.keyboard.press('ArrowDown');
  await expect(pageSize).toHaveValue('Letter');
  await tabTo(page, button(page, 'Save as PDF'), 10);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').getByText(/^Saved to .*\.pdf$/)).toBeVisible({
    timeout: 30_000,
  });
  const { text } = await pdfText(app.savedFiles[0] ?? '');
  expect(text).toContain('Mood and check-ins');
  expect(text).not.toContain(GOAL_TITLE);
});
