import { expect, test } from './fixtures';
import {
  SECTIONS,
  button,
  createVault,
  editor,
  expectHome,
  goTo,
  heading,
  lock,
  navButton,
  sidebar,
  titleField,
  typeInEditor,
  expectSaved,
  unlock,
} from './flows';

test('the sidebar reaches every section; the current one is marked and named in the title', async ({
  app,
}) => {
  const { page } = app;
  await createVault(page);
  await page.getByRole('checkbox', { name: "I've stored it safely" }).check();
  await button(page, 'Continue').click();
  await expectHome(page);
  await expect(navButton(page, 'Home')).toHaveAttribute('aria-current', 'page');
  // Landmarks: one banner, one main navigation, one main.
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);

  for (const section of SECTIONS) {
    await goTo(page, section);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(sidebar(page).locator('[aria-current="page"]')).toHaveCount(1);
    // "Need help now?" and Lock are always there.
    await expect(button(page, 'Need help now?')).toBeVisible();
    await expect(button(page, 'Lock')).toBeVisible();
  }

  // Alt+← leads back through them to Home.
  for (let i = 0; i < SECTIONS.length; i += 1) await page.keyboard.press('Alt+ArrowLeft');
  await expectHome(page);
});

test('Alt+← and Alt+→ go back and forward over the places visited', async ({ app }) => {
  const { page } = app;
  await createVault(page);
  await page.getByRole('checkbox', { name: "I've stored it safely" }).check();
  await button(page, 'Continue').click();
  await expectHome(page);
  await goTo(page, 'Journal');
  await goTo(page, 'Goals');
  await goTo(page, 'Settings');

  await page.keyboard.press('Alt+ArrowLeft');
  await expect(heading(page, 'Goals')).toBeFocused();
  await expect(navButton(page, 'Goals')).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(heading(page, 'Journal')).toBeFocused();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(heading(page, 'Home')).toBeFocused();
  // Nothing before Home: stays put.
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(heading(page, 'Home')).toBeVisible();

  await page.keyboard.press('Alt+ArrowRight');
  await expect(heading(page, 'Journal')).toBeFocused();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(heading(page, 'Goals')).toBeFocused();
  await expect(page).toHaveTitle('Goals — Waypoint');

  // Going somewhere new drops the forward places.
  await goTo(page, 'Plans');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(heading(page, 'Plans')).toBeVisible();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(heading(page, 'Goals')).toBeFocused();
});

test("Home: write today's entry, then come back to the same entry, never a second one", async ({
  app,
}) => {
  const { page } = app;
  await createVault(page);
  await page.getByRole('checkbox', { name: "I've stored it safely" }).check();
  await button(page, 'Continue').click();
  await expectHome(page);

  // First run: the method in a few lines, and ways to begin.
  const welcome = page.getByRole('region', { name: 'Welcome. Here is how Waypoint can help' });
  await expect(welcome).toBeVisible();
  await expect(welcome.getByRole('listitem')).toHaveCount(4);
  await welcome.getByRole('button', { name: 'Set a goal' }).click();
  await expect(heading(page, 'Goals')).toBeFocused();
  await goTo(page, 'Home');
  await welcome.getByRole('button', { name: 'Try a thought record' }).click();
  await expect(heading(page, 'Thought records')).toBeFocused();
  await goTo(page, 'Home');

  await welcome.getByRole('button', { name: 'Write your first entry' }).click();
  await expect(editor(page)).toBeVisible();
  await expect(navButton(page, 'Journal')).toHaveAttribute('aria-current', 'page');
  await titleField(page).fill('Today, from Home');
  await typeInEditor(page, 'Started from the Home page.');
  await expectSaved(page);

  await goTo(page, 'Home');
  await expect(welcome).toHaveCount(0);
  await expect(
    page.getByRole('status').filter({ hasText: '1 entry in the last 7 days.' }),
  ).toBeVisible();
  await expect(page.getByText('You have written 5 words today.')).toBeVisible();
  // Home shows counts, never what was written.
  await expect(page.getByText('Started from the Home page.')).toHaveCount(0);
  await button(page, "Continue today's entry").click();
  await expect(titleField(page)).toHaveValue('Today, from Home');
  await button(page, 'Back to journal').click();
  await expect(heading(page, 'Journal')).toBeVisible();
  // Still exactly one entry in the journal.
  const count = await page.evaluate(async () => {
    const api = (
      window as unknown as {
        waypoint: Record<string, (input: unknown) => Promise<{ ok: boolean; value: unknown[] }>>;
      }
    ).waypoint;
    const list = api['journal:list'];
    return list ? (await list({})).value.length : -1;
  });
  expect(count).toBe(1);

  // The Home cards lead to their sections.
  await goTo(page, 'Home');
  const cards: [string, string][] = [
    ['Go to Check-ins', 'Check-ins'],
    ['Go to Goals', 'Goals'],
    ['Go to Plans', 'Plans'],
  ];
  for (const [link, section] of cards) {
    await page.getByRole('button', { name: link }).click();
    await expect(heading(page, section)).toBeFocused();
    await page.keyboard.press('Alt+ArrowLeft');
    await expectHome(page);
  }
  await expect(page.getByRole('button', { name: 'Go to Sessions & summary' })).toHaveCount(2);

  // After a lock, the app opens on Home again.
  await lock(page);
  await unlock(page);
});

test('a narrow window folds the sidebar to icons; the menu button opens it with labels', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 800, height: 600 });
  await createVault(page);
  await page.getByRole('checkbox', { name: "I've stored it safely" }).check();
  await button(page, 'Continue').click();
  await expectHome(page);

  const toggle = button(page, 'Menu');
  await expect(toggle).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  // Icons only, but every button keeps its name for screen readers.
  const settings = navButton(page, 'Settings');
  await expect(settings).toBeVisible();
  const narrowWidth = (await settings.boundingBox())?.width ?? 0;
  expect(narrowWidth).toBeLessThan(80);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(sidebar(page).getByText('Sessions & summary')).toBeVisible();
  const main = page.getByRole('main');
  const before = await main.boundingBox();
  await settings.click();
  await expect(heading(page, 'Settings')).toBeFocused();
  // Navigating closes the drawer; the page did not move while it was open.
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect((await main.boundingBox())?.x).toBe(before?.x);

  // Wide again: labels are back and the menu button is gone.
  await page.setViewportSize({ width: 1100, height: 720 });
  await expect(toggle).toBeHidden();
  await expect(sidebar(page).getByText('Sessions & summary')).toBeVisible();
});
