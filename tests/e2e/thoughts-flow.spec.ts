import { expect, test } from './fixtures';
import { button, createJournal, expectHome, goTo, lock, PASSPHRASE } from './flows';
import {
  SAMPLE,
  expectDraftSaved,
  hotSummary,
  next,
  openThoughtRecords,
  rate,
  startNewRecord,
  stepHeading,
  writeRecord,
} from './thoughtFlows';

test.describe('thought records', () => {
  test('the full flow with two emotions, re-rating and a custom trap; insights follow; lock keeps it', async ({
    app,
  }) => {
    const { page } = app;
    await createJournal(page);
    await openThoughtRecords(page);
    await expect(page.getByText(/No thought records yet/)).toBeVisible();
    await writeRecord(page, SAMPLE);

    // The full view shows every column and the change before → after, in numbers.
    const view = page.getByRole('article');
    await expect(view).toContainText(SAMPLE.situation);
    await expect(view).toContainText('Anxious 80 → 40');
    await expect(view).toContainText('Dread 60 → 30');
    await expect(view).toContainText('Weekend spiral');
    await expect(view).toContainText('Emotions 70 → 35 (−35)');
    await expect(view).toContainText('Belief 85 → 30 (−55)');
    await expect(
      view.getByRole('heading', { name: 'Entries linked to this record' }),
    ).toBeVisible();

    // The list: date, hot thought, traps, change.
    await button(page, 'Back to thought records').click();
    const card = page.getByRole('listitem').getByRole('button', { name: /not good enough/ });
    await expect(card).toContainText('Complete');
    await expect(card).toContainText('Traps: Weekend spiral, Fortune telling, Mind reading');
    await expect(card).toContainText('Emotions 70 → 35 (−35) · Belief 85 → 30 (−55)');

    // Filters: by trap and by tag.
    await page.getByLabel('Thinking trap').selectOption({ label: 'Weekend spiral' });
    await expect(page.getByText('1 record')).toBeVisible();
    await page.getByLabel('Tag', { exact: true }).selectOption('Monday');
    await expect(card).toBeVisible();
    await button(page, 'Clear filters').click();

    // Insights reflect the new record.
    await button(page, 'Insights').click();
    await expect(page.getByRole('heading', { level: 2, name: 'Insights' })).toBeVisible();
    await expect(page.getByRole('img', { name: /1 finished record and 0 drafts/ })).toBeVisible();
    const traps = page.getByRole('region', { name: 'Most frequent thinking traps' });
    await expect(traps).toContainText('Weekend spiral');
    await expect(traps).toContainText('Mind reading');
    await expect(page.getByRole('definition').first()).toContainText('−35 points');
    await expect(page.getByRole('definition').nth(1)).toContainText('−55 points');
    await expect(page.getByRole('region', { name: 'What comes back' })).toContainText('#work');

    // Lock and unlock: it is all still there.
    await lock(page);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await button(page, 'Unlock').click();
    await expectHome(page);
    await goTo(page, 'Thought records');
    await expect(
      page.getByRole('listitem').getByRole('button', { name: /not good enough/ }),
    ).toContainText('Belief 85 → 30 (−55)');
  });

  test('a draft saves at any step, resumes where it stopped, and cannot finish without a hot thought', async ({
    app,
  }) => {
    const { page } = app;
    await createJournal(page);
    await openThoughtRecords(page);
    await startNewRecord(page);
    await page.getByLabel('What happened', { exact: true }).fill('Queue at the pharmacy.');
    await next(page, 'Emotions');
    await button(page, 'Frustrated').click();
    // Ratings can't leave 0–100: typing 250 becomes 100, a minus sign becomes 0.
    await rate(page, 'Frustrated — intensity', 250);
    await expect(
      page.getByRole('spinbutton', { name: 'Frustrated — intensity, as a number from 0 to 100' }),
    ).toHaveValue('100');
    await rate(page, 'Frustrated — intensity', -20);
    await rate(page, 'Frustrated — intensity', 65);
    await next(page, 'Automatic thoughts');
    await button(page, 'Save draft').click();
    await expectDraftSaved(page);

    // Jump to the end and try to finish with no thought at all.
    await page
      .getByRole('navigation', { name: 'Steps' })
      .getByRole('button', { name: /Action and outcome/ })
      .click();
    await expect(stepHeading(page, 'Action and outcome')).toBeFocused();
    await expect(hotSummary(page)).toContainText('No hot thought picked yet');
    await button(page, 'Finish record').click();
    await expect(page.getByRole('alert')).toContainText(
      'To finish the record, pick the one thought that weighs most',
    );
    await page.getByRole('alert').getByRole('button', { name: 'Go to the thoughts step' }).click();
    await expect(stepHeading(page, 'Automatic thoughts')).toBeFocused();
    await expectDraftSaved(page);
    await button(page, 'Close').click();

    // The list shows the draft and where it stopped; opening it resumes there.
    const card = page
      .getByRole('listitem')
      .getByRole('button', { name: /No hot thought picked yet/ });
    await expect(card).toContainText('Draft — stopped at step 3 of 9');
    await lock(page);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await button(page, 'Unlock').click();
    await expectHome(page);
    await goTo(page, 'Thought records');
    await page
      .getByRole('listitem')
      .getByRole('button', { name: /No hot thought picked yet/ })
      .click();
    await expect(stepHeading(page, 'Automatic thoughts')).toBeFocused();
    await button(page, 'Back').click();
    await expect(
      page.getByRole('spinbutton', { name: 'Frustrated — intensity, as a number from 0 to 100' }),
    ).toHaveValue('65');
  });

  test('long text is refused with the documented limit, and nothing is cut off', async ({
    app,
  }) => {
    const { page } = app;
    await createJournal(page);
    await openThoughtRecords(page);
    await startNewRecord(page);
    const long = 'a'.repeat(4010);
    await page.getByLabel('What happened', { exact: true }).fill(long);
    await expect(page.getByRole('alert')).toContainText(
      'This can hold up to 4,000 characters and has 4,010.',
    );
    await button(page, 'Save draft').click();
    await expect(page.getByRole('status').filter({ hasText: /Couldn't save/ })).toContainText(
      '4,000 characters',
    );
    await expect(page.getByLabel('What happened', { exact: true })).toHaveValue(long);
  });

  test('an entry linked to a record shows on the record page', async ({ app }) => {
    const { page } = app;
    await createJournal(page);
    // What "Challenge this thought" does from the editor: start a record from the selected
    // text, then save the entry with a link to it (the entry holds the link).
    await page.evaluate(async () => {
      type Api = Record<
        string,
        (input: unknown) => Promise<{ ok: boolean; value: { id: string } }>
      >;
      const api = (window as unknown as { waypoint: Api }).waypoint;
      const call = (channel: string, input: unknown) => {
        const fn = api[channel];
        if (!fn) throw new Error(`no ${channel} on the bridge`);
        return fn(input);
      };
      const entry = await call('journal:create', { date: '2026-11-20', title: 'Tram ride' });
      const record = await call('thoughts:save', {
        date: '2026-11-20',
        situation: '',
        emotions: [],
        thoughts: [{ id: 't1', text: 'Everyone is staring at me.', belief: 50, hot: true }],
        traps: [],
        evidenceFor: '',
        evidenceAgainst: '',
        balancedThought: '',
        balancedBelief: null,
        hotBeliefAfter: null,
        action: '',
        outcome: '',
        tags: [],
        goalIds: [],
        status: 'draft',
        step: 0,
      });
      await call('journal:save', {
        id: entry.value.id,
        links: [{ kind: 'thought', id: record.value.id }],
      });
    });
    await openThoughtRecords(page);
    await page
      .getByRole('listitem')
      .getByRole('button', { name: /Everyone is staring/ })
      .click();
    await expect(stepHeading(page, 'Situation')).toBeFocused();
    await button(page, 'Close').click();
    // Close from a resumed draft shows its full view, with the backlink.
    await expect(page.getByRole('button', { name: /Tram ride/ })).toBeVisible();
    await page.getByRole('button', { name: /Tram ride/ }).click();
    await expect(page.getByRole('textbox', { name: 'Entry text' })).toBeVisible();
  });
});
