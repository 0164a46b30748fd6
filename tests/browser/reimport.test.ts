// Re-importing, asked before the review, on a real Ofsted report from the corpus: the same PDF
// again is recognised by its hash at once, with a link; a Word copy of it named .pdf opens the
// review with a choice (keep or replace) that lists the notes affected and the page references
// lost. Needs /work/shared/corpus (or SCRUTINY_CORPUS) and pdftotext: it fails without them.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';
import { putRows, readRows } from './store';
import { makeDocx } from '../fixtures/reports/make-files';
import { createAnnotation } from '../../shared/merge/editing';
import type { Annotation, Finding, Report } from '../../shared/model';

const CORPUS = process.env.SCRUTINY_CORPUS ?? '/work/shared/corpus';
const REPORT = 'bristol-2023-03-10-ilacs-2023.pdf';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

async function choose(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Choose a report file' }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) });
}

/** The report's text as a Word document: what a member gets by saving the PDF as Word. */
function wordCopyOf(pdf: string): Uint8Array {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 20 * 1024 * 1024,
  });
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
  return makeDocx(paragraphs);
}

describe('importing a report again', () => {
  it('knows the same file at once, and asks before a Word copy replaces the PDF', async () => {
    app = await openApp('#/import');
    const { page } = app;
    const pdf = readFileSync(join(CORPUS, REPORT));
    await page.getByRole('heading', { level: 1, name: 'Import a report' }).waitFor();
    await choose(page, REPORT, pdf);
    await page
      .getByRole('heading', { level: 1, name: 'Check the report before saving' })
      .waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Save report' }).click();
    await page.waitForURL(/#\/report\/report-/);
    const [stored] = await readRows<Report>(page, 'reports');
    if (!stored) throw new Error('not saved');
    const findings = (await readRows<Finding>(page, 'findings')).sort((a, b) => a.order - b.order);
    const first = findings[0];
    if (!first) throw new Error('no findings');
    const note = createAnnotation(
      {
        kind: 'note',
        target: {
          reportId: stored.id,
          findingId: first.id,
          findingText: first.text,
          selector: null,
        },
        body: 'Ask the director',
      },
      'Cllr Amara Okafor',
      new Date(),
    );
    await putRows(page, { annotations: [note] });

    // The same file: told at once, before any reading, with a link to it.
    await page.goto(`${app.url}#/import`);
    await page.getByRole('heading', { level: 1, name: 'Import a report' }).waitFor();
    await choose(page, REPORT, pdf);
    const alert = page.getByRole('alert');
    await alert.getByText(/^This file is already in your library/).waitFor();
    await alert.getByRole('link', { name: stored.title }).waitFor();
    expect(
      await page.getByRole('heading', { level: 1, name: 'Check the report before saving' }).count(),
    ).toBe(0);

    // A Word copy named .pdf: the review says so and offers the choice; Keep changes nothing.
    const word = wordCopyOf(join(CORPUS, REPORT));
    await choose(page, REPORT.replace('.pdf', '-copy.pdf'), word);
    await page
      .getByRole('heading', { level: 2, name: 'This inspection is already in your library' })
      .waitFor({ timeout: 60_000 });
    await page
      .getByText(
        /Replacing it affects 1 note.* Page references will be lost: the stored copy is a PDF with pages and this copy has none\./,
      )
      .waitFor();
    await page.getByRole('button', { name: 'Keep the existing report' }).click();
    await page.waitForURL(new RegExp(`#/report/${stored.id}`));
    expect((await readRows<Report>(page, 'reports')).map((r) => r.source.sha256)).toEqual([
      stored.source.sha256,
    ]);
    expect((await readRows<Finding>(page, 'findings')).length).toBe(findings.length);

    // Replace: the Word copy takes the report's place and the note is kept, placed or orphaned, never dropped.
    await page.goto(`${app.url}#/import`);
    await choose(page, REPORT.replace('.pdf', '-copy.pdf'), word);
    await page.getByRole('button', { name: 'Replace it with this copy' }).click();
    await page.waitForURL(new RegExp(`#/report/${stored.id}`));
    const [replaced] = await readRows<Report>(page, 'reports');
    expect(replaced?.pageStarts).toEqual([]);
    const notes = await readRows<Annotation>(page, 'annotations');
    expect(notes.map((a) => a.body)).toEqual(['Ask the director']);
    const ids = new Set((await readRows<Finding>(page, 'findings')).map((f) => f.id));
    expect(notes.every((a) => a.orphaned || ids.has(a.target.findingId))).toBe(true);
  }, 240_000);
});
