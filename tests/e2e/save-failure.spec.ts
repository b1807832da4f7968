import { expect, test } from './fixtures';
import {
  breakEntriesFolder,
  createJournal,
  editor,
  expectEntry,
  expectNotOnDisk,
  expectSaved,
  lock,
  openEntry,
  saveStatus,
  typeInEditor,
  unlock,
  writeEntry,
} from './flows';

test('a save the disk refuses keeps the text on screen, retries, and lands once the disk is back', async ({
  app,
}) => {
  const { page, dataDir } = app;
  await createJournal(page);
  await writeEntry(page, { title: 'Disk trouble', text: 'First part, saved fine.' });

  const restore = await breakEntriesFolder(dataDir);
  await typeInEditor(page, ' Second part, the disk said no.');
  await expect(saveStatus(page)).toHaveText(/Couldn't save — retrying/);
  // The words stay where they were typed, and the editor stays usable.
  await expect(editor(page)).toContainText(
    'First part, saved fine. Second part, the disk said no.',
  );
  await expect(editor(page)).toBeEditable();
  // Writing on while it retries: the newer words join the retry.
  await typeInEditor(page, ' Third.');
  await expect(saveStatus(page)).toHaveText(/Couldn't save — retrying/);

  await restore();
  // Retries back off 1/2/5/10/30 s; the next one after the disk is back succeeds.
  await expectSaved(page, 20_000);
  await expectNotOnDisk(dataDir, ['the disk said no', 'First part', 'Disk trouble']);

  await lock(page);
  await unlock(page);
  await openEntry(page, /Disk trouble/);
  await expectEntry(page, {
    title: 'Disk trouble',
    text: 'First part, saved fine. Second part, the disk said no. Third.',
  });
});

test('locking while the disk still refuses keeps the words sealed in memory, and unlock saves them', async ({
  app,
}) => {
  const { page, dataDir } = app;
  await createJournal(page);
  await writeEntry(page, { title: 'Sealed away', text: 'Saved part.' });
  const restore = await breakEntriesFolder(dataDir);
  await typeInEditor(page, ' Refused part.');
  await expect(saveStatus(page)).toHaveText(/Couldn't save — retrying/);

  await lock(page);
  await expect(page.getByText('Refused part.')).toHaveCount(0);
  await restore();
  await expectNotOnDisk(dataDir, ['Refused part', 'Saved part', 'Sealed away']);

  await unlock(page);
  const notices = page.getByRole('status', { name: 'Notices' });
  await expect(notices).toContainText('could not be saved before the journal locked');
  await page.getByRole('button', { name: 'Dismiss notices' }).click();
  await expect(notices).toHaveText('');

  await openEntry(page, /Sealed away/);
  await expectEntry(page, { title: 'Sealed away', text: 'Saved part. Refused part.' });
  // On disk now, not only in memory: it survives another lock.
  await lock(page);
  await unlock(page);
  await openEntry(page, /Sealed away/);
  await expectEntry(page, { title: 'Sealed away', text: 'Saved part. Refused part.' });
});
