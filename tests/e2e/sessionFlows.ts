import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Channel } from '../../shared/channels';
import { addDays, localDay } from '../../shared/dates';
import { emptyGoalInput } from '../../shared/goals';
import { emptyThoughtRecordInput } from '../../shared/thoughtRecords';

/** Sessions & summary helpers: data made through the app's own bridge, and PDF text. */

export const SHARED_PHRASE = 'the blue heron by the canal';
export const SHARED_REST = 'Afterwards I sat with a cup of tea for an hour';
export const SECRET_PHRASE = 'the unshared marmalade secret';
export const GOAL_TITLE = 'Walk after work';
export const SITUATION = 'Email from my manager';

/** Calls a channel through window.waypoint, as the renderer does; throws on an error result. */
export async function api(page: Page, channel: Channel, input: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ channel, input }) => {
      const bridge = (
        window as unknown as {
          waypoint: Record<
            string,
            (i: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>
          >;
        }
      ).waypoint;
      const invoke = bridge[channel];
      if (!invoke) throw new Error(`No channel ${channel}`);
      const result = await invoke(input);
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    { channel, input },
  );
}

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/**
 * Two weeks since a session: check-ins, a goal with check-ins, a thought record, one shared
 * entry and one private one. Returns the dates used.
 */
export async function seedSummaryData(page: Page): Promise<{ today: string; sessionDay: string }> {
  const today = localDay(new Date());
  const sessionDay = addDays(today, -14);
  await api(page, 'sessions:save', {
    date: sessionDay,
    therapist: '',
    notes: 'We talked about evenings.',
    takeaways: 'Small steps count.',
    homework: [{ text: 'Two evening walks', due: addDays(sessionDay, 7), doneOn: null }],
  });
  for (const [days, mood] of [
    [-12, 4],
    [-9, 5],
    [-6, 6],
    [-2, 7],
  ] as const)
    await api(page, 'checkins:save', { date: addDays(today, days), mood, emotions: ['tired'] });
  const goal = (await api(page, 'goals:save', {
    ...emptyGoalInput(),
    title: GOAL_TITLE,
    measure: {
      kind: 'number',
      unit: 'walks a week',
      habitPeriod: 'week',
      baseline: 0,
      target: 4,
      direction: 'up',
    },
    targetDate: addDays(today, 60),
  })) as { id: string };
  await api(page, 'goals:checkIn', {
    goalId: goal.id,
    date: addDays(today, -10),
    value: 1,
    note: '',
  });
  await api(page, 'goals:checkIn', {
    goalId: goal.id,
    date: addDays(today, -3),
    value: 3,
    note: '',
  });
  await api(page, 'thoughts:save', {
    ...emptyThoughtRecordInput(addDays(today, -5)),
    situation: SITUATION,
    emotions: [{ id: 'e1', name: 'Anxious', before: 80, after: 40 }],
    thoughts: [{ id: 't1', text: 'They must be angry with me', belief: 90, hot: true }],
    traps: ['mind-reading'],
    hotBeliefAfter: 30,
    balancedThought: 'It was a normal request',
    status: 'complete',
  });
  const shared = (await api(page, 'journal:create', { date: addDays(today, -4) })) as {
    id: string;
  };
  await api(page, 'journal:save', {
    id: shared.id,
    title: 'Canal walk',
    content: {
      type: 'doc',
      content: [paragraph(`I saw ${SHARED_PHRASE}.`), paragraph(SHARED_REST)],
    },
    shareWithTherapist: true,
  });
  const secret = (await api(page, 'journal:create', { date: addDays(today, -3) })) as {
    id: string;
  };
  await api(page, 'journal:save', {
    id: secret.id,
    title: 'Private',
    content: { type: 'doc', content: [paragraph(`Only mine: ${SECRET_PHRASE}.`)] },
  });
  return { today, sessionDay };
}

/** The text of every page of a PDF file. */
export async function pdfText(path: string): Promise<{ text: string; pages: number }> {
  const data = new Uint8Array(await readFile(path));
  const task = getDocument({ data, useSystemFonts: false });
  const pdf = await task.promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  const count = pdf.numPages;
  await task.destroy();
  return { text: pages.join('\n').replace(/\s+/g, ' '), pages: count };
}
