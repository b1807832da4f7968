import { focusEnd, linkDialog, openLinkDialog, paste, tool } from './editorFlows';
import { expect, expectAccessible, test } from './fixtures';
import { createJournal, editor, expectSaved, newEntry, titleField } from './flows';

const RICH = `<h2>Tuesday</h2><p>Felt <strong>steady</strong>, a little <em>tired</em>,
<u>proud</u> of the walk, <s>no</s> some worry, and <mark>one bright moment</mark>.
See <a href="https://example.org/breathing">the breathing page</a>.</p>
<blockquote><p>Go gently.</p></blockquote>
<ul><li>walked 20 minutes</li><li>called Sam</li></ul>
<ol><li>sleep</li><li>water</li></ol>
<ul data-type="taskList"><li data-type="taskItem" data-checked="true"><p>book the session</p></li>
<li data-type="taskItem" data-checked="false"><p>write after it</p></li></ul><hr><p>Later.</p>`;

for (const scheme of ['light', 'dark'] as const) {
  test(`the editor, its toolbar and its link dialogs pass axe (${scheme})`, async ({ app }) => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    await createJournal(page);
    await newEntry(page);
    await titleField(page).fill('Checked by axe');
    await focusEnd(page);
    await paste(page, { html: RICH });
    await expect(editor(page).locator('hr')).toHaveCount(1);
    await expectSaved(page);
    // Some buttons pressed, so both looks are checked.
    await editor(page).getByText('steady').click();
    await expect(tool(page, 'Bold')).toHaveAttribute('aria-pressed', 'true');
    await expectAccessible(page, `editor with rich text (${scheme})`);

    await editor(page).getByRole('link', { name: 'the breathing page' }).click();
    await expect(openLinkDialog(page)).toBeVisible();
    await expectAccessible(page, `open-link dialog (${scheme})`);
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+Shift+K');
    const edit = linkDialog(page, 'Edit link');
    await expect(edit).toBeVisible();
    await edit.getByLabel('Web address').fill('javascript:void(0)');
    await edit.getByRole('button', { name: 'Save link' }).click();
    await expect(edit.getByRole('alert')).toBeVisible();
    await expectAccessible(page, `edit-link dialog with an error (${scheme})`);
    await edit.getByRole('button', { name: 'Cancel' }).click();

    await page.keyboard.press('Control+End');
    await tool(page, 'Link').click();
    await expect(linkDialog(page, 'Add a link')).toBeVisible();
    await expectAccessible(page, `add-link dialog (${scheme})`);
  });
}
