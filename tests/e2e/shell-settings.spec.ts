import { expect, test } from './fixtures';
import {
  OTHER_PASSPHRASE,
  PASSPHRASE,
  RECOVERY_KEY_FORMAT,
  WRONG_PASSPHRASE_MESSAGE,
  button,
  chooseNewPassphrase,
  createJournal,
  goTo,
  heading,
  lock,
  openRecoveryUnlock,
  submitRecoveryKey,
  unlock,
} from './flows';

test('journal settings are kept in the vault and survive lock and unlock', async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  await goTo(page, 'Settings');
  const journal = page.getByRole('region', { name: 'Journal' });
  const weekStart = journal.getByLabel('Weeks start on');
  const dateFormat = journal.getByLabel('Date format');
  const onThisDay = journal.getByRole('checkbox', { name: 'Show “On this day”' });
  const reminders = journal.getByRole('checkbox', { name: 'Gentle reminders' });

  // Defaults: Monday, the system's format, and no looking back unless asked.
  await expect(weekStart).toHaveValue(/.+/);
  await expect(weekStart.locator('option:checked')).toHaveText('Monday');
  await expect(dateFormat.locator('option:checked')).toHaveText(/^Match my system/);
  await expect(onThisDay).not.toBeChecked();
  await expect(journal).toContainText('it can also bring up hard memories');

  await weekStart.selectOption({ label: 'Sunday' });
  await expect(journal.getByRole('status').filter({ hasText: 'Saved.' }).first()).toBeVisible();
  await dateFormat.selectOption({ index: 1 });
  await expect(dateFormat.locator('option:checked')).toHaveText(
    /^Year-month-day \(\d{4}-\d\d-\d\d\)$/,
  );
  // Controlled by what main stored: click, then expect (not check(), which wants it at once).
  await onThisDay.click();
  await expect(onThisDay).toBeChecked();
  await reminders.click();
  await expect(reminders).toBeChecked();
  const reminderTime = journal.getByLabel('Remind me at');
  await expect(reminderTime.locator('option:checked')).toHaveText('09:00');
  await reminderTime.selectOption({ label: '20:30' });
  await expect(reminderTime.locator('option:checked')).toHaveText('20:30');

  const appearance = page.getByRole('region', { name: 'Appearance' });
  await appearance.getByRole('radio', { name: 'Monospace' }).click();
  await expect(appearance.getByRole('radio', { name: 'Monospace' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-editor-font', 'mono');

  const security = page.getByRole('region', { name: 'Security' });
  await security.getByLabel('Clear copied text from the clipboard after').selectOption({
    label: '30 seconds',
  });
  const capture = security.getByRole('checkbox', { name: /Hide Waypoint from screenshots/ });
  // On by default: the window is kept out of screen capture unless the user says otherwise.
  await expect(capture).toBeChecked();
  await capture.click();
  await expect(capture).not.toBeChecked();
  const onSuspend = security.getByRole('checkbox', { name: /Lock when the computer sleeps/ });
  await onSuspend.click();
  await expect(onSuspend).not.toBeChecked();

  await lock(page);
  // Encrypted settings are not applied while locked.
  await expect(page.locator('html')).not.toHaveAttribute('data-editor-font', /.*/);
  await unlock(page);
  expect(app.session.isUnlocked()).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('data-editor-font', 'mono');

  // Home shows today's date in the chosen format.
  await goTo(page, 'Home');
  await expect(page.getByRole('main')).toContainText(/, \d{4}-\d\d-\d\d/);

  await goTo(page, 'Settings');
  await expect(weekStart.locator('option:checked')).toHaveText('Sunday');
  await expect(dateFormat.locator('option:checked')).toHaveText(/^Year-month-day/);
  await expect(onThisDay).toBeChecked();
  await expect(reminders).toBeChecked();
  await expect(reminderTime.locator('option:checked')).toHaveText('20:30');
  await expect(appearance.getByRole('radio', { name: 'Monospace' })).toBeChecked();
  await expect(
    security.getByLabel('Clear copied text from the clipboard after').locator('option:checked'),
  ).toHaveText('30 seconds');
  await expect(
    security.getByRole('checkbox', { name: /Hide Waypoint from screenshots/ }),
  ).not.toBeChecked();
  await expect(
    security.getByRole('checkbox', { name: /Lock when the computer sleeps/ }),
  ).not.toBeChecked();
});

test('display preferences show on the unlock screen: dark theme and extra large text', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await goTo(page, 'Settings');
  const dark = page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' });
  await dark.click();
  await expect(dark).toBeChecked();
  const xl = page
    .getByRole('group', { name: 'Text size' })
    .getByRole('radio', { name: 'Extra large' });
  await xl.click();
  await expect(xl).toBeChecked();
  await lock(page);

  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(html).toHaveAttribute('data-text-size', 'x-large');
  // Really applied: dark background, larger type.
  const looks = await page.evaluate(() => ({
    background: getComputedStyle(document.body).backgroundColor,
    fontSize: getComputedStyle(document.documentElement).fontSize,
  }));
  expect(looks.background).toBe('rgb(22, 24, 27)');
  expect(looks.fontSize).toBe('21px');

  // And after a reload (a fresh start), still before unlocking.
  await page.reload();
  await expect(heading(page, 'Welcome back')).toBeVisible();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(html).toHaveAttribute('data-text-size', 'x-large');
});

test('a new recovery key needs the passphrase; afterwards the old key fails and the new one works', async ({
  app,
}) => {
  const { page } = app;
  const oldKey = await createJournal(page);
  await goTo(page, 'Settings');
  const part = page.getByRole('region', { name: 'Recovery key' });
  const passphrase = part.getByLabel('Your passphrase', { exact: true });
  const make = part.getByRole('button', { name: 'Make a new recovery key' });

  await make.click();
  await expect(part.getByRole('figure')).toHaveCount(0);
  await passphrase.fill('not the passphrase at all');
  await make.click();
  await expect(part.getByRole('alert')).toHaveText(WRONG_PASSPHRASE_MESSAGE);

  await passphrase.fill(PASSPHRASE);
  await make.click();
  await expect(part.getByRole('heading', { name: 'Your new recovery key' })).toBeFocused();
  const newKey = (
    await part.getByRole('figure', { name: 'Recovery key' }).locator('code').innerText()
  ).trim();
  expect(newKey).toMatch(RECOVERY_KEY_FORMAT);
  expect(newKey).not.toBe(oldKey);

  const done = part.getByRole('button', { name: 'Done' });
  await expect(done).toBeDisabled();
  await part.getByRole('checkbox', { name: "I've stored the new key safely" }).check();
  await done.click();
  // Shown once: gone from the page.
  await expect(part.getByRole('figure')).toHaveCount(0);
  expect(await page.content()).not.toContain(newKey);

  await lock(page);
  await openRecoveryUnlock(page);
  await submitRecoveryKey(page, oldKey);
  await expect(page.getByRole('alert')).toHaveText(
    "That recovery key doesn't unlock this journal.",
  );
  await submitRecoveryKey(page, newKey);
  await chooseNewPassphrase(page, OTHER_PASSPHRASE);
  await lock(page);
  await unlock(page, OTHER_PASSPHRASE);
});

test('Data shows the journal folder and can show it in the file manager', async ({ app }) => {
  const { page, dataDir } = app;
  await createJournal(page);
  await goTo(page, 'Settings');
  const data = page.getByRole('region', { name: 'Data' });
  await expect(data).toContainText(dataDir);
  await data.getByRole('button', { name: 'Show in file manager' }).click();
  await expect.poll(() => app.osRequests).toEqual([`reveal ${dataDir}`]);
  await expect(button(page, 'Show in file manager')).toBeEnabled();
});
