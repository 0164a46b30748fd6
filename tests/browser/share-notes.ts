// The Share notes screen as a member uses it: go there from the main navigation, save my notes to
// a file, or choose a colleague's file (and take it in).
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export async function goToShareNotes(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Share notes' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Share notes' }).waitFor();
}

/** "Save my notes to a file…" on Share notes; the file is saved into `folder` under the name the
 * app offered, and its path returned. */
export async function saveNotesFile(page: Page, folder: string): Promise<string> {
  await goToShareNotes(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save my notes to a file…' }).click(),
  ]);
  const path = join(folder, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** "Choose a file of notes…" with the file at `path`, on the screen the page is on. */
export async function chooseNotesFile(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Choose a file of notes…' }).click(),
  ]);
  await chooser.setFiles(path);
}

/** Go to Share notes, choose the file at `path` and add its notes, until the app says it took them in. */
export async function takeInNotes(page: Page, path: string): Promise<void> {
  await goToShareNotes(page);
  await chooseNotesFile(page, path);
  await page.getByRole('button', { name: 'Add these notes' }).click();
  await page
    .getByRole('region', { name: 'Take in a colleague\u2019s notes' })
    .getByText(/^Took in the notes from /)
    .waitFor();
}
