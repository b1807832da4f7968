import { expect, expectAccessible, test } from './fixtures';
import {
  PASSPHRASE,
  SECTIONS,
  button,
  chooseTheme,
  createJournal,
  expectHome,
  goTo,
  lock,
  openPalette,
  palette,
  unlock,
} from './flows';

for (const theme of ['Light', 'Dark'] as const) {
  test(`${theme} theme: every screen of the shell passes axe, and Home looks right`, async ({
    app,
  }, testInfo) => {
    // About twenty axe runs: more than the default minute on a slow machine.
    test.setTimeout(180_000);
    const { page } = app;
    await page.setViewportSize({ width: 1100, height: 720 });
    await createJournal(page);
    await chooseTheme(page, theme);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', theme.toLowerCase());

    // First-run Home, then every section.
    await goTo(page, 'Home');
    await expectAccessible(page, `home, first run (${theme})`);
    await page.screenshot({
      path: testInfo.outputPath(`home-first-run-${theme.toLowerCase()}.png`),
      animations: 'disabled',
    });
    for (const section of SECTIONS) {
      await goTo(page, section);
      await expectAccessible(page, `${section} (${theme})`);
    }

    // Home with an entry written today.
    await goTo(page, 'Home');
    await button(page, 'Write your first entry').click();
    await page.getByLabel('Title', { exact: true }).fill('Checked in both themes');
    await goTo(page, 'Home');
    await expect(button(page, "Continue today's entry")).toBeVisible();
    await expectAccessible(page, `home with entries (${theme})`);
    await page.screenshot({
      path: testInfo.outputPath(`home-${theme.toLowerCase()}.png`),
      animations: 'disabled',
    });

    // The shell's dialogs.
    await openPalette(page);
    await palette(page).input.fill('go');
    await expectAccessible(page, `command palette (${theme})`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectAccessible(page, `shortcut sheet (${theme})`);
    await page.keyboard.press('Escape');

    // Settings with a new recovery key on show.
    await goTo(page, 'Settings');
    const part = page.getByRole('region', { name: 'Recovery key' });
    await part.getByLabel('Your passphrase', { exact: true }).fill(PASSPHRASE);
    await part.getByRole('button', { name: 'Make a new recovery key' }).click();
    await expect(part.getByRole('figure', { name: 'Recovery key' })).toBeVisible();
    await expectAccessible(page, `settings with a new recovery key (${theme})`);

    // A narrow window, with the drawer open.
    await page.setViewportSize({ width: 800, height: 600 });
    await goTo(page, 'Home');
    await expectAccessible(page, `home, narrow (${theme})`);
    await button(page, 'Menu').click();
    await expectAccessible(page, `navigation drawer (${theme})`);
    await page.setViewportSize({ width: 1100, height: 720 });

    await lock(page);
    await expect(html).toHaveAttribute('data-theme', theme.toLowerCase());
    await expectAccessible(page, `unlock (${theme})`);
    await unlock(page);
  });
}

test('switching themes changes the colours at once, with no layout shift', async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  await chooseTheme(page, 'Light');
  await goTo(page, 'Home');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const layout = () =>
    page.evaluate(() =>
      ['nav', 'main', 'header'].map((s) => {
        const r = document.querySelector(s)?.getBoundingClientRect();
        return r ? [r.x, r.y, r.width, r.height] : null;
      }),
    );
  const lightBackground = await background();
  const lightLayout = await layout();
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('theme');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(lightBackground);
  expect(await layout()).toEqual(lightLayout);
  await expectHome(page);
});

test('reduced motion: no transitions anywhere', async ({ app }) => {
  const { page } = app;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await createJournal(page);
  const durations = await page.evaluate(() =>
    [...document.querySelectorAll('button, a, .sidebar__link')].map(
      (el) => getComputedStyle(el).transitionDuration,
    ),
  );
  expect(durations.length).toBeGreaterThan(5);
  expect(new Set(durations)).toEqual(new Set(['0s']));
});
