// Correcting a saved report from the report view, on a real Ofsted report from the corpus: a
// grade (and "corrected by" beside it), merging and splitting findings with notes on them, and
// deleting the report with a safety copy first and Undo. Needs /work/shared/corpus (or
// SCRUTINY_CORPUS): the test fails, rather than passing, without it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';
import { putRows, readRows } from './store';
import { createAnnotation } from '../../shared/merge/editing';
import type { Annotation, Finding, Judgement } from '../../shared/model';

const CORPUS = process.env.SCRUTINY_CORPUS ?? '/work/shared/corpus';
const REPORT = 'bristol-2023-03-10-ilacs-2023.pdf';
const MEMBER = 'Cllr Amara Okafor';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

async function importCorpusReport(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Import a report' }).waitFor();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Choose a report file' }).click(),
  ]);
  await chooser.setFiles({
    name,
    mimeType: 'application/pdf',
    buffer: readFileSync(join(CORPUS, name)),
  });
  await page
    .getByRole('heading', { level: 1, name: 'Check the report before saving' })
    .waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Save report' }).click();
  await page.waitForURL(/#\/report\/report-/);
}

const findingCount = (page: Page) => page.locator('.result-count').innerText();

describe('correcting a saved report', () => {
  it('corrects a grade, merges and splits findings keeping their notes, and deletes the report with Undo', async () => {
    app = await openApp('#/import');
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Import a report' }).waitFor();
    await putRows(page, {
      settings: [
        {
          id: 'settings',
          memberName: MEMBER,
          defaultMarking: 'OFFICIAL',
          themeRules: [],
          lastBackupAt: null,
        },
      ],
    });
    await importCorpusReport(page, REPORT);
    await page.getByRole('heading', { level: 2, name: 'Findings' }).waitFor();
    const total = Number((await findingCount(page)).split(' ')[0]);
    expect(total).toBeGreaterThan(5);

    // A grade: the judgement table says who corrected it and what the importer read.
    const [judgement] = (await readRows<Judgement>(page, 'judgements')).sort(
      (a, b) => a.order - b.order,
    );
    if (!judgement) throw new Error('no judgement was read');
    const other = judgement.grade === 'inadequate' ? 'good' : 'inadequate';
    await page.getByRole('button', { name: 'Correct grades and dates' }).click();
    await page
      .getByRole('region', { name: 'Correct this report' })
      .getByRole('combobox')
      .first()
      .selectOption(other);
    const row = page.getByRole('region', { name: 'Judgements' }).getByRole('row').nth(1);
    await row.getByText(/corrected by Cllr Amara Okafor, \d+ \w+ \d{4}; read as/).waitFor();
    expect(
      (await readRows<Judgement>(page, 'judgements')).find((j) => j.id === judgement.id),
    ).toMatchObject({
      grade: other,
      correction: { by: MEMBER, imported: { grade: judgement.grade } },
    });
    await page.getByRole('button', { name: 'Done correcting' }).click();

    // Notes on the first two findings, then merge them: both notes stay, on the merged finding.
    const findings = (await readRows<Finding>(page, 'findings')).sort((a, b) => a.order - b.order);
    const [f0, f1] = findings;
    if (!f0 || !f1) throw new Error('fewer than two findings');
    const note = (f: Finding, body: string) =>
      createAnnotation(
        {
          kind: 'note',
          target: { reportId: f.reportId, findingId: f.id, findingText: f.text, selector: null },
          body,
        },
        MEMBER,
        new Date(),
      );
    await putRows(page, {
      annotations: [
        note(f0, 'Ask about the first finding'),
        note(f1, 'Ask about the second finding'),
      ],
    });
    await page.getByRole('button', { name: 'Correct finding 1', exact: true }).click();
    await page.getByRole('button', { name: 'Merge with the next finding' }).click();
    await page.getByText(`${total - 1} findings`, { exact: true }).waitFor();
    const merged = (await readRows<Finding>(page, 'findings')).find((f) => f.order === 0);
    expect(merged?.text).toBe(`${f0.text} ${f1.text}`);
    const notes = await readRows<Annotation>(page, 'annotations');
    expect(notes.map((a) => a.target.findingId)).toEqual([merged?.id, merged?.id]);

    // Split it again after the first finding's words: each note goes back to its own half. (The
    // merged finding is a new card, so its corrections are opened again.)
    await page.getByRole('button', { name: 'Correct finding 1', exact: true }).click();
    await page
      .getByLabel('Split finding 1 after', { exact: true })
      .selectOption(String(f0.text.length + 1));
    await page.getByRole('button', { name: 'Split here' }).click();
    await page.getByText(`${total} findings`, { exact: true }).waitFor();
    const split = (await readRows<Finding>(page, 'findings')).sort((a, b) => a.order - b.order);
    expect(split.slice(0, 2).map((f) => f.text)).toEqual([f0.text, f1.text]);
    expect(
      (await readRows<Annotation>(page, 'annotations')).every((a) =>
        split.some((f) => f.id === a.target.findingId && f.text === a.target.findingText),
      ),
    ).toBe(true);

    // Delete: what it affects is said first; a safety copy is downloaded; Undo brings it all back.
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    await page.getByRole('button', { name: 'Delete this report…' }).click();
    await page.getByText('It has 2 notes.').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Delete report' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^scrutiny-desk-safety-copy-.*-before-deleting-a-report\.json$/,
    );
    await page.getByRole('heading', { level: 1, name: `Deleted: ${title}` }).waitFor();
    await page
      .getByRole('region', { name: 'Notes kept with the deleted report (2)' })
      .getByText('Ask about the second finding')
      .waitFor();
    expect(await readRows(page, 'reports')).toEqual([]);
    await page.getByRole('button', { name: 'Undo delete' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText(`${total} findings`, { exact: true }).waitFor();
    expect((await readRows<Annotation>(page, 'annotations')).map((a) => a.body).sort()).toEqual([
      'Ask about the first finding',
      'Ask about the second finding',
    ]);
    expect(
      (await readRows<Judgement>(page, 'judgements')).find((j) => j.id === judgement.id)?.grade,
    ).toBe(other);

    // Deleted again, it is listed in the library and can be restored from there.
    await page.getByRole('button', { name: 'Delete this report…' }).click();
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Delete report' }).click(),
    ]);
    await page.getByRole('heading', { level: 1, name: `Deleted: ${title}` }).waitFor();
    await page.getByRole('link', { name: 'Reports' }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Deleted reports (1)' }).waitFor();
    await page.getByRole('button', { name: `Restore ${title}` }).click();
    // Restored, it leaves the deleted list and stands in the library again.
    await page
      .getByRole('heading', { level: 2, name: /^Deleted reports/ })
      .waitFor({ state: 'detached' });
    await page.getByRole('link', { name: title }).waitFor();
    expect(await readRows(page, 'reports')).toHaveLength(1);
  }, 240_000);
});
