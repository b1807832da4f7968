import { focusEnd, linkDialog, openLinkDialog, paste, tool } from './editorFlows';
import { APP_URL } from './harness';
import { expect, test } from './fixtures';
import {
  createJournal,
  editor,
  expectSaved,
  lock,
  newEntry,
  openEntry,
  titleField,
  unlock,
} from './flows';

test('a link is added from the toolbar and opens only after a confirmation', async ({ app }) => {
  const { page } = app;
  const box = editor(page);
  await createJournal(page);
  await newEntry(page);
  await titleField(page).fill('Links');
  await focusEnd(page);
  await page.keyboard.type('Read this: ');

  await tool(page, 'Link').click();
  const add = linkDialog(page, 'Add a link');
  await expect(add).toBeVisible();
  await expect(add.getByLabel('Web address')).toBeFocused();
  await add.getByLabel('Web address').fill('example.org/calm?x=1');
  await add.getByLabel('Text to show').fill('a calm page');
  await add.getByRole('button', { name: 'Save link' }).click();
  await expect(add).toBeHidden();
  await expect(box).toBeFocused();
  const link = box.getByRole('link', { name: 'a calm page' });
  // No scheme typed: https is assumed. No target, so nothing can open a new window.
  await expect(link).toHaveAttribute('href', 'https://example.org/calm?x=1');
  await expect(link).not.toHaveAttribute('target');
  // Typing on doesn't stretch the link.
  await page.keyboard.type(' and more');
  await expect(link).toHaveText('a calm page');
  await expectSaved(page);

  // Click → the whole address is shown; Cancel opens nothing and the window stays put.
  await link.click();
  const confirm = openLinkDialog(page);
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText('https://example.org/calm?x=1');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  expect(app.osRequests).toEqual([]);
  expect(page.url()).toBe(`${APP_URL}/`);

  // Click again → Open in browser: main is asked to open it, nothing else. (Elsewhere on the
  // link: two quick clicks on one spot are a double-click, which selects a word instead.)
  await link.click({ position: { x: 4, y: 6 } });
  await confirm.getByRole('button', { name: 'Open in browser' }).click();
  await expect(confirm).toBeHidden();
  await expect.poll(() => app.osRequests).toEqual(['open https://example.org/calm?x=1']);
  expect(page.url()).toBe(`${APP_URL}/`);

  // From the keyboard: with the caret in the link, Alt+Enter asks the same question.
  await link.click();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(box).toBeFocused();
  await page.keyboard.press('Alt+Enter');
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  expect(app.osRequests).toHaveLength(1);

  await lock(page);
  await unlock(page);
  await openEntry(page, /Links/);
  await expect(box.getByRole('link', { name: 'a calm page' })).toHaveAttribute(
    'href',
    'https://example.org/calm?x=1',
  );
});

test('a link is edited and removed with Ctrl+Shift+K, and only web links are accepted', async ({
  app,
}) => {
  const { page } = app;
  const box = editor(page);
  await createJournal(page);
  await newEntry(page);
  await focusEnd(page);
  await page.keyboard.type('my notes');
  await page.keyboard.press('Control+a');

  await page.keyboard.press('Control+Shift+K');
  const add = linkDialog(page, 'Add a link');
  await expect(add).toBeVisible();
  // The words are selected, so only the address is asked for.
  await expect(add.getByLabel('Text to show')).toHaveCount(0);
  const address = add.getByLabel('Web address');

  for (const refused of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,hi',
  ]) {
    await address.fill(refused);
    await add.getByRole('button', { name: 'Save link' }).click();
    await expect(add.getByRole('alert')).toHaveText(
      'Only web links (https:// or http://) can be added.',
    );
    await expect(address).toHaveAttribute('aria-invalid', 'true');
  }
  await address.fill('https://user:secret@example.org/');
  await add.getByRole('button', { name: 'Save link' }).click();
  await expect(add.getByRole('alert')).toHaveText("That doesn't look like a web address.");
  await add.getByRole('button', { name: 'Cancel' }).click();
  await expect(add).toBeHidden();
  await expect(box.locator('a')).toHaveCount(0);

  await page.keyboard.press('Control+Shift+K');
  await address.fill('http://example.org/notes');
  await address.press('Enter');
  await expect(box.getByRole('link', { name: 'my notes' })).toHaveAttribute(
    'href',
    'http://example.org/notes',
  );

  // Edit: the dialog knows the address; change it.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Control+Shift+K');
  const edit = linkDialog(page, 'Edit link');
  await expect(edit.getByLabel('Web address')).toHaveValue('http://example.org/notes');
  await edit.getByLabel('Web address').fill('https://example.org/notes-2');
  await edit.getByRole('button', { name: 'Save link' }).click();
  await expect(box.getByRole('link', { name: 'my notes' })).toHaveAttribute(
    'href',
    'https://example.org/notes-2',
  );

  // Remove: the words stay, the link goes.
  await page.keyboard.press('Control+Shift+K');
  await linkDialog(page, 'Edit link').getByRole('button', { name: 'Remove link' }).click();
  await expect(box.locator('a')).toHaveCount(0);
  await expect(box).toContainText('my notes');
  await expectSaved(page);
});

test('typed and pasted javascript: links never become links', async ({ app }) => {
  const { page } = app;
  const box = editor(page);
  await createJournal(page);
  await newEntry(page);
  await focusEnd(page);
  // Autolink only makes full web addresses into links.
  await page.keyboard.type('javascript:alert(1) and notes.md and https://example.org/typed ');
  await expect(box.locator('a')).toHaveCount(1);
  await expect(box.locator('a')).toHaveAttribute('href', 'https://example.org/typed');

  await paste(page, {
    html: '<p><a href="javascript:alert(1)">bad</a> <a href="data:text/html,x">data</a> <a href="https://example.org/ok">good</a></p>',
  });
  await expect(box).toContainText('bad data good');
  await expect(box.locator('a')).toHaveCount(2);
  await expect(box.getByRole('link', { name: 'good' })).toHaveAttribute(
    'href',
    'https://example.org/ok',
  );
  await expect(box.locator('a[href^="javascript"], a[href^="data"]')).toHaveCount(0);
});
