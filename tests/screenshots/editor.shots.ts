import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { focusEnd, paste, tool } from '../e2e/editorFlows';
import { createJournal, editor, expectSaved, newEntry, titleField } from '../e2e/flows';
import { launchApp } from '../e2e/harness';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');

/** An entry with some of everything the editor does, as someone might really write it. */
const ENTRY = `<h2>Before Thursday's session</h2>
<p>Slept badly again, but the walk after work <strong>did</strong> help — more than I
expected. I want to bring up the tram, and <mark>the thought that they must be angry with me</mark>.</p>
<blockquote><p>Notice the thought, name it, and check the evidence.</p></blockquote>
<h3>To bring up</h3>
<ul><li>the tram, and what happens in my chest</li><li>sleeping badly since the move</li></ul>
<ul data-type="taskList"><li data-type="taskItem" data-checked="true"><p>book the session</p></li>
<li data-type="taskItem" data-checked="false"><p>write down one example before Thursday</p></li></ul>
<p>The <a href="https://example.org/paced-breathing">paced breathing page</a> I mentioned.</p>`;

test('editor screenshots, light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.clock.setFixedTime(new Date(2026, 10, 25, 18, 30));
  const app = await launchApp({ page });
  try {
    await createJournal(page);
    await newEntry(page);
    await titleField(page).fill('Noticing the thought');
    await focusEnd(page);
    await paste(page, { html: ENTRY });
    await expect(editor(page).locator('a')).toHaveCount(1);
    await expectSaved(page);
    // Caret in the bold word, so the toolbar shows a pressed button.
    await editor(page).getByText('did', { exact: true }).click();
    await expect(tool(page, 'Bold')).toHaveAttribute('aria-pressed', 'true');

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({
        path: `${OUT}/${scheme === 'light' ? 'editor' : 'editor-dark'}.png`,
        animations: 'disabled',
      });
    }
  } finally {
    await app.close();
  }
});
