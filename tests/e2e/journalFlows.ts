import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { goTo, lock, unlock } from './flows';

export interface SeedEntry {
  date: string;
  title: string;
  text: string;
  tags?: string[];
  pinned?: boolean;
  mood?: number;
}

/** Writes entries straight through the bridge (the real handlers), then locks and unlocks. */
export async function seedEntries(page: Page, entries: SeedEntry[]): Promise<string[]> {
  const ids = await page.evaluate(async (list) => {
    type Api = Record<string, (input: unknown) => Promise<{ ok: boolean; value?: unknown }>>;
    const api = (window as unknown as { waypoint: Api }).waypoint;
    const call = async (channel: string, input: unknown) => {
      const fn = api[channel];
      if (!fn) throw new Error(`no ${channel} on the bridge`);
      const result = await fn(input);
      if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result)}`);
      return result.value;
    };
    const out: string[] = [];
    for (const e of list) {
      const content = {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: e.text }] }],
      };
      const created = (await call('journal:create', { date: e.date, title: e.title, content })) as {
        id: string;
      };
      if (e.tags ?? e.pinned)
        await call('journal:save', { id: created.id, tags: e.tags, pinned: e.pinned });
      if (e.mood !== undefined)
        await call('journal:setMood', { entryId: created.id, mood: e.mood });
      out.push(created.id);
    }
    return out;
  }, entries);
  // Locking clears the renderer's caches, so the app reads what was just written.
  await lock(page);
  await unlock(page);
  return ids;
}

/** Opens the Journal fresh (so its list is read again) at one of its views. */
export async function openJournalView(
  page: Page,
  view: 'Timeline' | 'Calendar' | 'Trash',
): Promise<void> {
  await goTo(page, 'Journal');
  const button = views(page).getByRole('button', { name: view, exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

export const views = (page: Page): Locator => page.getByRole('group', { name: 'Views' });

export const searchDialog = (page: Page): Locator =>
  page.getByRole('dialog', { name: 'Search your journal' });

export const calendarGrid = (page: Page): Locator => page.getByRole('grid');

export const entryDetails = (page: Page): Locator =>
  page.getByRole('region', { name: 'About this entry' });
