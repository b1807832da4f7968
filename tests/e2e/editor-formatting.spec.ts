import { focusEnd, tool, toolbar } from './editorFlows';
import { expect, test } from './fixtures';
import {
  createJournal,
  editor,
  expectSaved,
  lock,
  newEntry,
  openEntry,
  tabTo,
  titleField,
  unlock,
} from './flows';

test('every toolbar button has a name, shows its shortcut and says whether it is on', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await newEntry(page);

  const expected: [name: string, title: string, keys: string | null, toggle: boolean][] = [
    ['Bold', 'Bold (Ctrl+B)', 'Control+B', true],
    ['Italic', 'Italic (Ctrl+I)', 'Control+I', true],
    ['Underline', 'Underline (Ctrl+U)', 'Control+U', true],
    ['Strikethrough', 'Strikethrough (Ctrl+Shift+S)', 'Control+Shift+S', true],
    ['Highlight', 'Highlight (Ctrl+Shift+H)', 'Control+Shift+H', true],
    ['Heading', 'Heading (Ctrl+Alt+2)', 'Control+Alt+2', true],
    ['Subheading', 'Subheading (Ctrl+Alt+3)', 'Control+Alt+3', true],
    ['Quote', 'Quote (Ctrl+Shift+B)', 'Control+Shift+B', true],
    ['Divider line', 'Divider line (type --- on an empty line)', null, false],
    ['Bullet list', 'Bullet list (Ctrl+Shift+8)', 'Control+Shift+8', true],
    ['Numbered list', 'Numbered list (Ctrl+Shift+7)', 'Control+Shift+7', true],
    ['Checklist', 'Checklist (Ctrl+Shift+9)', 'Control+Shift+9', true],
    ['Link', 'Link (Ctrl+Shift+K)', 'Control+Shift+K', false],
    ['Undo', 'Undo (Ctrl+Z)', 'Control+Z', false],
    ['Redo', 'Redo (Ctrl+Shift+Z)', 'Control+Shift+Z', false],
  ];
  await expect(toolbar(page).getByRole('button')).toHaveCount(expected.length);
  for (const [name, title, keys, toggle] of expected) {
    const button = tool(page, name);
    await expect(button, name).toHaveAttribute('title', title);
    if (keys) await expect(button, name).toHaveAttribute('aria-keyshortcuts', keys);
    if (toggle) await expect(button, name).toHaveAttribute('aria-pressed', 'false');
    else await expect(button, name).not.toHaveAttribute('aria-pressed');
  }
  // Nothing to undo yet, and it says so without leaving the tab order.
  await expect(tool(page, 'Undo')).toHaveAttribute('aria-disabled', 'true');
});

test('toolbar buttons format the text, and it all survives a lock', async ({ app }) => {
  const { page } = app;
  const box = editor(page);
  await createJournal(page);
  await newEntry(page);
  await titleField(page).fill('Toolbar');
  await focusEnd(page);

  /** Turns a style on, types, turns it off again: the button reflects both. */
  async function styled(name: string, text: string) {
    await tool(page, name).click();
    await expect(tool(page, name)).toHaveAttribute('aria-pressed', 'true');
    await expect(box).toBeFocused();
    await page.keyboard.type(text);
    await tool(page, name).click();
    // Focus returns to the text a frame after the click (as for turning it on): only then
    // is the caret back where the next key lands.
    await expect(box).toBeFocused();
    await expect(tool(page, name)).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.type(' ');
  }
  await styled('Bold', 'bold');
  await styled('Italic', 'italic');
  await styled('Underline', 'underlined');
  await styled('Strikethrough', 'struck');
  await styled('Highlight', 'marked');

  /** A new line, a block button, then its text. */
  async function block(name: string, text: string) {
    await page.keyboard.press('Enter');
    await tool(page, name).click();
    await expect(box).toBeFocused();
    await page.keyboard.type(text);
  }
  await block('Heading', 'A heading');
  await block('Subheading', 'A subheading');
  await page.keyboard.press('Enter');
  await block('Quote', 'Quoted words');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // out of the quote
  await block('Bullet list', 'a bullet');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // out of the list
  await block('Numbered list', 'first');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await block('Checklist', 'a task');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await tool(page, 'Divider line').click();
  // Focus returns to the text a frame after the click; a key pressed before that is lost.
  await expect(box).toBeFocused();
  await page.keyboard.type('After the line');

  async function expectFormatting() {
    await expect(box.locator('strong')).toHaveText('bold');
    await expect(box.locator('em')).toHaveText('italic');
    await expect(box.locator('u')).toHaveText('underlined');
    await expect(box.locator('s')).toHaveText('struck');
    await expect(box.locator('mark')).toHaveText('marked');
    await expect(box.locator('h2')).toHaveText('A heading');
    await expect(box.locator('h3')).toHaveText('A subheading');
    await expect(box.locator('blockquote')).toHaveText('Quoted words');
    await expect(box.locator('ul:not([data-type]) > li')).toHaveText('a bullet');
    await expect(box.locator('ol > li')).toHaveText('first');
    const task = box.locator('ul[data-type="taskList"] > li');
    await expect(task).toContainText('a task');
    await expect(box.locator('hr')).toHaveCount(1);
    await expect(box.locator('hr + p')).toHaveText('After the line');
  }
  await expectFormatting();
  // Ticking the task is part of the text too.
  await expect(box.getByRole('checkbox', { name: 'a task' })).not.toBeChecked();
  await box.locator('ul[data-type="taskList"] > li').getByRole('checkbox').check();
  await expectSaved(page);

  await lock(page);
  await unlock(page);
  await openEntry(page, /Toolbar/);
  await expectFormatting();
  await expect(box.getByRole('checkbox', { name: 'a task' })).toBeChecked();
});

test('keyboard shortcuts format the text', async ({ app }) => {
  const { page } = app;
  const box = editor(page);
  await createJournal(page);
  await newEntry(page);
  await focusEnd(page);
  const { keyboard } = page;

  async function wrapped(keys: string, text: string) {
    await keyboard.press(keys);
    await keyboard.type(text);
    await keyboard.press(keys);
    await keyboard.type(' ');
  }
  await wrapped('Control+b', 'bold');
  await wrapped('Control+i', 'italic');
  await wrapped('Control+u', 'under');
  await wrapped('Control+Shift+s', 'struck');
  await wrapped('Control+Shift+h', 'marked');
  await expect(box.locator('strong')).toHaveText('bold');
  await expect(box.locator('em')).toHaveText('italic');
  await expect(box.locator('u')).toHaveText('under');
  await expect(box.locator('s')).toHaveText('struck');
  await expect(box.locator('mark')).toHaveText('marked');

  await keyboard.press('Enter');
  await keyboard.press('Control+Alt+2');
  await keyboard.type('Heading by keys');
  await expect(box.locator('h2')).toHaveText('Heading by keys');
  await expect(tool(page, 'Heading')).toHaveAttribute('aria-pressed', 'true');
  await keyboard.press('Enter');
  await keyboard.press('Control+Shift+8');
  await keyboard.type('bullet by keys');
  await expect(box.locator('ul > li')).toHaveText('bullet by keys');
  await expect(tool(page, 'Bullet list')).toHaveAttribute('aria-pressed', 'true');

  // Undo takes the last words back; redo returns them.
  await keyboard.press('Control+z');
  await expect(box).not.toContainText('bullet by keys');
  await keyboard.press('Control+Shift+z');
  await expect(box).toContainText('bullet by keys');
  await tool(page, 'Undo').click();
  await expect(box).not.toContainText('bullet by keys');
  await tool(page, 'Redo').click();
  await expect(box).toContainText('bullet by keys');
});

test('Markdown-style typing becomes structure', async ({ app }) => {
  const { page } = app;
  const box = editor(page);
  const { keyboard } = page;
  await createJournal(page);
  await newEntry(page);
  await focusEnd(page);

  await keyboard.type('## Morning');
  await keyboard.press('Enter');
  await keyboard.type('### Details');
  await keyboard.press('Enter');
  await keyboard.type('- one');
  await keyboard.press('Enter');
  await keyboard.type('two');
  await keyboard.press('Enter');
  await keyboard.press('Enter');
  await keyboard.type('1. first');
  await keyboard.press('Enter');
  await keyboard.type('second');
  await keyboard.press('Enter');
  await keyboard.press('Enter');
  await keyboard.type('[ ] call Sam');
  await keyboard.press('Enter');
  await keyboard.press('Enter');
  await keyboard.type('> said kindly');
  await keyboard.press('Enter');
  await keyboard.press('Enter');
  await keyboard.type('---');
  await keyboard.type('Below the rule ==bright==');

  await expect(box.locator('h2')).toHaveText('Morning');
  await expect(box.locator('h3')).toHaveText('Details');
  await expect(box.locator('ul:not([data-type]) > li')).toHaveText(['one', 'two']);
  await expect(box.locator('ol > li')).toHaveText(['first', 'second']);
  await expect(box.locator('ul[data-type="taskList"] > li')).toContainText('call Sam');
  await expect(box.locator('ul[data-type="taskList"] input[type="checkbox"]')).toHaveCount(1);
  await expect(box.locator('blockquote')).toHaveText('said kindly');
  await expect(box.locator('hr')).toHaveCount(1);
  await expect(box.locator('mark')).toHaveText('bright');
  // No literal Markdown left behind.
  await expect(box).not.toContainText('##');
  await expect(box).not.toContainText('[ ]');
  await expectSaved(page);
});

test('keyboard only: Tab to the text, write, format from the toolbar with arrow keys', async ({
  app,
}) => {
  const { page } = app;
  const { keyboard } = page;
  const box = editor(page);
  await createJournal(page);
  await newEntry(page);

  await tabTo(page, titleField(page));
  await keyboard.type('By keys');
  // The toolbar is one stop between the title and the text.
  await keyboard.press('Tab');
  await expect(tool(page, 'Bold')).toBeFocused();
  await keyboard.press('Tab');
  await expect(box).toBeFocused();
  await keyboard.type('Plain then ');

  await keyboard.press('Shift+Tab');
  await expect(tool(page, 'Bold')).toBeFocused();
  await keyboard.press('ArrowRight');
  await expect(tool(page, 'Italic')).toBeFocused();
  await keyboard.press('Enter');
  await expect(box).toBeFocused();
  await keyboard.type('slanted');
  await expect(box.locator('em')).toHaveText('slanted');

  // The toolbar remembers where you were; Home, End and wrapping work.
  await keyboard.press('Shift+Tab');
  await expect(tool(page, 'Italic')).toBeFocused();
  await keyboard.press('End');
  await expect(tool(page, 'Redo')).toBeFocused();
  await keyboard.press('ArrowRight');
  await expect(tool(page, 'Bold')).toBeFocused();
  await keyboard.press('ArrowLeft');
  await expect(tool(page, 'Redo')).toBeFocused();
  await keyboard.press('Home');
  await expect(tool(page, 'Bold')).toBeFocused();
  await expect(tool(page, 'Bold')).toHaveAttribute('tabindex', '0');
  await expect(tool(page, 'Italic')).toHaveAttribute('tabindex', '-1');

  await keyboard.press('Tab');
  await expect(box).toBeFocused();
  await expectSaved(page);
});

test('the writing font follows the editor-font setting on <html>', async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  await newEntry(page);
  const family = () => editor(page).evaluate((el) => getComputedStyle(el).fontFamily);
  const set = (font: string) =>
    page.evaluate((value) => {
      document.documentElement.dataset.editorFont = value;
    }, font);

  await set('serif');
  expect(await family()).toMatch(/Charter.*, serif$/);
  await set('sans');
  expect(await family()).toMatch(/sans-serif$/);
  await set('mono');
  expect(await family()).toMatch(/monospace$/);
});
