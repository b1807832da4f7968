import { localDay } from '../../shared/dates';
import { button, createJournal, goTo } from './flows';
import { expect, test } from './fixtures';

test('record a session with homework, tick it off, and keep the agenda from Home', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  const today = localDay(new Date());

  // Home: a topic straight onto the agenda.
  await goTo(page, 'Home');
  const sessionCard = page.locator('.home-session');
  await expect(sessionCard.getByText('Nothing on your agenda yet.')).toBeVisible();
  await sessionCard.getByLabel('Add a topic or question').fill('Ask about my sleep routine');
  await sessionCard.getByRole('button', { name: 'Add to agenda' }).click();
  await expect(sessionCard.getByText('1 topic on your agenda.')).toBeVisible();
  await expect(page.locator('.home-homework').getByText('No open homework.')).toBeVisible();

  // Record today's session, with homework, and mark the topic talked about.
  await goTo(page, 'Sessions & summary');
  const form = page.getByRole('form', { name: 'Record a session' });
  await expect(form.getByLabel('Date of the session')).toHaveValue(today);
  await form.getByLabel('Therapist (optional)').fill('Dr. K.');
  await form.getByLabel('Notes').fill('We looked at my evenings.');
  await form.getByLabel('Takeaways').fill('Small steps still count.');
  await form.getByRole('button', { name: 'Add homework' }).click();
  await form.getByLabel('Homework 1', { exact: true }).fill('Two evening walks');
  await form.getByLabel('Due date for homework 1').fill('2099-01-05');
  await form
    .getByRole('group', { name: 'Agenda topics talked about at this session' })
    .getByLabel('Ask about my sleep routine')
    .check();
  await form.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByRole('status').getByText('Session saved.')).toBeVisible();
  await expect(page.getByRole('heading', { name: `${today} — Dr. K.` })).toBeVisible();
  await expect(page.getByText(`Talked about at the session on ${today}`)).toBeVisible();
  await expect(page.getByLabel('Talked about: Ask about my sleep routine')).toBeChecked();

  // Home shows the homework, then not once it is done.
  await goTo(page, 'Home');
  await expect(page.locator('.home-homework').getByText('Two evening walks')).toBeVisible();
  await expect(
    page.locator('.home-session').getByText('Nothing on your agenda yet.'),
  ).toBeVisible();
  await goTo(page, 'Sessions & summary');
  // Controlled by what main stored: click, then expect.
  await page.getByLabel('Done: Two evening walks').click();
  await expect(page.getByLabel('Done: Two evening walks')).toBeChecked();
  await expect(page.getByText('Homework: 1 of 1 done')).toBeVisible();
  await goTo(page, 'Home');
  await expect(page.locator('.home-homework').getByText('No open homework.')).toBeVisible();

  // Agenda: add, edit, open again, remove.
  await goTo(page, 'Sessions & summary');
  const agenda = page.getByRole('region', { name: 'Agenda for next time' });
  await agenda.getByLabel('Add a topic or question').fill('Weekend plans');
  await agenda.getByRole('button', { name: 'Add to agenda' }).click();
  await agenda.getByRole('button', { name: 'Edit: Weekend plans' }).click();
  await agenda
    .getByLabel('Topic or question', { exact: true })
    .fill('Weekend plans with my sister');
  await agenda.getByRole('button', { name: 'Save', exact: true }).click();
  const topic = agenda.getByLabel('Talked about: Weekend plans with my sister');
  await expect(topic).not.toBeChecked();
  await topic.click();
  await expect(topic).toBeChecked();
  await agenda.getByRole('button', { name: 'Remove: Weekend plans with my sister' }).click();
  await expect(topic).toHaveCount(0);
  await expect(button(page, 'Save as PDF')).toBeVisible();
});
