// Importing pasted text through the UI: read, review beside the source, correct a grade, save in
// one step, and land on the report with its judgements; nothing is stored before saving.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chooseAuthority } from './choose-authority';
import { openApp, type AppSession } from './harness';
import { seriousViolations } from './axe';
import { makeDocx, makePdf } from '../fixtures/reports/make-files';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

const SUMMARY = readFileSync(
  join(import.meta.dirname, '../fixtures/reports/summary-durham-shape.txt'),
  'utf8',
);

/** A report's first page: its title, dates and one graded area. */
const TESTSHIRE_FIRST_PAGE = [
  'Inspection of Testshire local authority children’s services',
  'Inspection dates: 1 to 12 June 2026',
  '',
  'Judgement Grade',
  '',
  'The experiences and progress of care leavers',
  'Good',
];

function storedReports(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('scrutiny-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const names = Array.from(open.result.objectStoreNames);
          if (!names.includes('reports')) {
            open.result.close();
            resolve(0);
            return;
          }
          const count = open.result.transaction('reports').objectStore('reports').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
  );
}

describe('importing a report', () => {
  it('reads pasted text, lets the member correct it, and saves it only when asked', async () => {
    app = await openApp('#/import');
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Import a report' }).waitFor();
    await page.getByLabel('Report text').fill(SUMMARY);
    await page.getByRole('button', { name: 'Read report' }).click();

    await page.getByRole('heading', { level: 1, name: 'Check the report before saving' }).waitFor();
    await page
      .getByRole('region', { name: "The report's text as read" })
      .getByText('Fernleigh strengthens services')
      .first()
      .waitFor();
    expect(
      await page
        .getByRole('row', { name: /children who need help and protection/ })
        .getByRole('combobox')
        .inputValue(),
    ).toBe('requires_improvement');
    expect(await storedReports(page)).toBe(0);
    await page.getByText('How themes were chosen').click();
    await page.getByRole('row', { name: /^front door and MASH/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await chooseAuthority(page, 'Durham', '840');
    await page
      .getByLabel('Grade for The experiences and progress of children in care and care leavers')
      .selectOption('outstanding');
    await page.getByLabel('Kind of finding 2', { exact: true }).selectOption('context');
    // A theme typed and left by clicking straight on "Save report" is kept.
    await page
      .getByLabel('Themes of finding 1', { exact: true })
      .fill('leadership and governance, pace of change');
    await page.getByRole('button', { name: 'Save report' }).click();

    await page.waitForURL(/#\/report\/report-/);
    await page.getByRole('heading', { level: 1, name: 'Fernleigh strengthens services' }).waitFor();
    const rows = page.getByRole('table').first().getByRole('row');
    await rows
      .filter({ hasText: 'Help and protection' })
      .getByText('Requires improvement to be good')
      .waitFor();
    await rows
      .filter({ hasText: /children in care and care leavers/i })
      .getByText('Outstanding')
      .waitFor();
    await page
      .getByRole('status')
      .getByText(/^Saved Fernleigh strengthens services with \d+ findings\.$/)
      .waitFor();
    expect(await storedReports(page)).toBe(1);
    const themes = await page.evaluate(
      () =>
        new Promise<string[][]>((resolve) => {
          const open = indexedDB.open('scrutiny-desk');
          open.onsuccess = () => {
            const all = open.result.transaction('findings').objectStore('findings').getAll();
            all.onsuccess = () => {
              open.result.close();
              resolve(
                (all.result as { order: number; themes: string[] }[])
                  .sort((a, b) => a.order - b.order)
                  .map((f) => f.themes),
              );
            };
          };
        }),
    );
    expect(themes[0]).toEqual(['leadership and governance', 'pace of change']);
  });

  it('adds nothing when the same report is imported again', async () => {
    app = await openApp('#/import');
    const { page } = app;
    for (const round of [1, 2]) {
      await page.getByRole('heading', { level: 1, name: 'Import a report' }).waitFor();
      await page.getByLabel('Report text').fill(SUMMARY);
      await page.getByRole('button', { name: 'Read report' }).click();
      await chooseAuthority(page, 'Durham', '840');
      await page.getByRole('button', { name: 'Save report' }).click();
      await page.waitForURL(/#\/report\/report-/);
      if (round === 1) await page.goto(`${app.url}#/import`);
    }
    await page
      .getByRole('status')
      .getByText('Fernleigh strengthens services was already in your library; nothing was changed.')
      .waitFor();
    expect(await storedReports(page)).toBe(1);
  });

  it("reads a PDF with pdf.js in its Web Worker, page by page, under the app's security policy", async () => {
    app = await openApp('#/import');
    const { page } = app;
    const pdf = makePdf([
      TESTSHIRE_FIRST_PAGE,
      ['What needs to improve?', '', '◼ The timeliness of pathway plans for care leavers.'],
    ]);
    await page.getByRole('heading', { level: 1, name: 'Import a report' }).waitFor();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Choose a report file' }).click(),
    ]);
    await chooser.setFiles({
      name: 'testshire.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(pdf),
    });
    await page.getByRole('heading', { level: 1, name: 'Check the report before saving' }).waitFor();
    expect(
      await page.getByLabel('Grade for The experiences and progress of care leavers').inputValue(),
    ).toBe('good');
    await page
      .getByRole('button', { name: /^Show in report \(page 2, paragraph/ })
      .first()
      .waitFor();
    expect(await storedReports(page)).toBe(0);
  });

  it('stops reading a long PDF at once on Cancel, saves nothing, and reads the next file', async () => {
    app = await openApp('#/import');
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Import a report' }).waitFor();
    const longPdf = makePdf(
      Array.from({ length: 250 }, (_, i) => [
        `Page ${i + 1} of the Longshire inspection report`,
        ...Array.from(
          { length: 30 },
          (_, line) => `Line ${line + 1}: practice with care leavers is reviewed every month.`,
        ),
      ]),
    );
    const choose = async (name: string, buffer: Uint8Array) => {
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Choose a report file' }).click(),
      ]);
      await chooser.setFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(buffer) });
    };
    await choose('longshire.pdf', longPdf);
    await page.getByRole('progressbar', { name: 'Reading longshire.pdf' }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Stopped reading longshire.pdf; nothing was saved.').waitFor();
    await page.getByRole('progressbar').waitFor({ state: 'detached' });
    expect(await storedReports(page)).toBe(0);

    // The reader is ready again: the next file is read as usual.
    await choose('testshire.pdf', makePdf([TESTSHIRE_FIRST_PAGE]));
    await page.getByRole('heading', { level: 1, name: 'Check the report before saving' }).waitFor();
    expect(await storedReports(page)).toBe(0);
  });

  it('reads a Word document with mammoth in the browser', async () => {
    app = await openApp('#/import');
    const { page } = app;
    const docx = makeDocx([
      'Inspection of Wordshire local authority children’s services',
      'Lead inspector: Ana Silva, His Majesty’s Inspector',
      'What needs to improve?',
      'The quality of supervision for social workers in the assessment teams.',
    ]);
    await page.getByRole('heading', { level: 1, name: 'Import a report' }).waitFor();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Choose a report file' }).click(),
    ]);
    await chooser.setFiles({
      name: 'wordshire.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(docx),
    });
    await page.getByRole('heading', { level: 1, name: 'Check the report before saving' }).waitFor();
    await page.getByText('Ana Silva', { exact: true }).waitFor();
    expect(await page.getByLabel('Kind of finding 1').inputValue()).toBe('recommendation');
  });

  it('tells the member in one line what is wrong with text it cannot use, and stores nothing', async () => {
    app = await openApp('#/import');
    const { page } = app;
    await page.getByLabel('Report text').fill('1 2 3');
    await page.getByRole('button', { name: 'Read report' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      '"Pasted text" has almost no words in it to read; choose the report\'s PDF, Word or text file.',
    );
    expect(await storedReports(page)).toBe(0);
  });
});
