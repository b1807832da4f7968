import { expect, expectAccessible, test } from './fixtures';
import { backToJournal, button, createJournal, editor, goTo, tabTo, writeEntry } from './flows';

const pickerButton = 'New entry from a prompt or template';
const picker = 'Start from a prompt or template';

test('an entry saved as a template starts a new entry from the same picker as the prompts', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await goTo(page, 'Journal');
  await writeEntry(page, { title: 'Evening check', text: 'Three small things that went okay:' });

  await button(page, 'Save as template').click();
  const dialog = page.getByRole('dialog', { name: 'Save this entry as a template' });
  const name = dialog.getByLabel('Template name');
  await expect(name).toHaveValue('Evening check');
  await name.fill('Evening');
  await expectAccessible(page, 'save as template dialog');
  await dialog.getByRole('button', { name: 'Save template' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved “Evening” as a template.' }),
  ).toHaveCount(1);

  // A second template with the same name is refused, kindly, and the dialog keeps it.
  await button(page, 'Save as template').click();
  await dialog.getByLabel('Template name').fill('evening');
  await dialog.getByRole('button', { name: 'Save template' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'You already have a template called “Evening”. Choose another name.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await backToJournal(page);
  await button(page, pickerButton).click();
  const chooser = page.getByRole('dialog', { name: picker });
  const mine = chooser.getByRole('list', { name: 'Your templates' });
  await expect(mine.getByRole('button')).toHaveCount(1);
  await expect(chooser.getByRole('list', { name: 'Prompts' }).getByRole('button')).toHaveCount(5);
  await expectAccessible(page, 'prompt and template picker');
  await mine.getByRole('button', { name: /Evening/ }).click();
  await expect(editor(page)).toContainText('Three small things that went okay:');
  // A new entry: its own (empty) title, not the template's source entry.
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('');
});

test('templates are made, renamed and deleted in Settings with the keyboard alone', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await goTo(page, 'Settings');
  const manager = page.getByRole('region', { name: 'Entry templates' });
  await tabTo(page, manager.getByRole('button', { name: 'New template' }), 80);
  await page.keyboard.press('Enter');
  const form = page.getByRole('dialog', { name: 'New template' });
  await expect(form).toBeVisible();
  // Creating with no name says what is missing.
  await tabTo(page, form.getByRole('button', { name: 'Create template' }));
  await page.keyboard.press('Enter');
  await expect(form.getByRole('alert')).toHaveText('Give the template a name.');
  await tabTo(page, form.getByLabel('Template name'));
  await page.keyboard.type('Morning');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('What a new entry starts with')).toBeFocused();
  await page.keyboard.type('## How did I sleep?');
  await page.keyboard.press('Enter');
  await page.keyboard.type('One intention for today:');
  await expectAccessible(page, 'new template dialog');
  await tabTo(page, form.getByRole('button', { name: 'Create template' }));
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  const list = manager.getByRole('list', { name: 'Your entry templates' });
  await expect(list.getByRole('listitem')).toHaveText([/Morning/]);
  await expectAccessible(page, 'settings with a template');

  // The list sits above "New template": Tab goes on through the rest of Settings and round.
  await tabTo(page, list.getByRole('button', { name: 'Rename “Morning”' }), 150);
  await page.keyboard.press('Enter');
  const rename = page.getByRole('dialog', { name: 'Rename template' });
  await tabTo(page, rename.getByLabel('Template name'));
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Morning pages');
  await page.keyboard.press('Enter');
  await expect(rename).toBeHidden();
  await expect(list.getByRole('listitem')).toHaveText([/Morning pages/]);

  // The renamed template still starts an entry with its heading and text.
  await goTo(page, 'Journal');
  await button(page, pickerButton).click();
  await page
    .getByRole('dialog', { name: picker })
    .getByRole('list', { name: 'Your templates' })
    .getByRole('button', { name: /Morning pages/ })
    .click();
  await expect(editor(page).getByRole('heading', { name: 'How did I sleep?' })).toBeVisible();
  await expect(editor(page)).toContainText('One intention for today:');

  await goTo(page, 'Settings');
  await tabTo(page, list.getByRole('button', { name: 'Delete “Morning pages”' }), 80);
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Delete this template?' });
  await tabTo(page, confirm.getByRole('button', { name: 'Delete template' }));
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(list).toHaveCount(0);
  await expect(manager.getByRole('status')).toHaveText('Deleted “Morning pages”.');
  await expect(manager.getByRole('button', { name: 'New template' })).toBeFocused();
});
