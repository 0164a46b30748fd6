// The journey a member reads at a glance, on real Ofsted reports from the corpus: St Helens's
// November 2014 (SIF) and October 2019 (ILACS) inspections, imported as a member would, shown as a
// grid with areas as rows and inspections as columns headed by month and year (framework in small
// print), read here cell by cell through the row and column headers; the chart has a key; the
// library and the report name inspections by date. Needs /work/shared/corpus (or SCRUTINY_CORPUS).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';
import { seriousViolations } from './axe';
import { gridCell } from './journey-grid';
import { GRADE_LABELS, type Grade } from '../../shared/model';

const CORPUS = process.env.SCRUTINY_CORPUS ?? '/work/shared/corpus';
const SIF = 'st-helens-2015-01-20-sif.pdf';
const ILACS = 'st-helens-2019-11-04-ilacs-2018.pdf';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

/** The corpus's own answer key: each report's grade for each area. */
function expectedGrades(file: string): Record<string, Grade | ''> {
  const [head = '', ...lines] = readFileSync(join(CORPUS, 'expected.csv'), 'utf8')
    .trim()
    .split('\n');
  const columns = head.split(',');
  const row = lines.map((l) => l.split(',')).find((cells) => cells[0] === file);
  if (!row) throw new Error(`${file} is not in expected.csv`);
  return Object.fromEntries(columns.map((c, i) => [c, (row[i] ?? '') as Grade | '']));
}

async function importFile(page: Page, name: string): Promise<void> {
  await page.goto(`${app?.url ?? ''}#/import`);
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

const AREAS: [string, string][] = [
  ['Overall effectiveness', 'overall_effectiveness'],
  ['Impact of leaders', 'leaders'],
  ['Help and protection', 'help_and_protection'],
];

describe('an authority’s journey at a glance', () => {
  it('shows two real inspections as a grid of grades in words, by area and by inspection date', async () => {
    app = await openApp('#/import');
    const { page } = app;
    await importFile(page, SIF);
    await importFile(page, ILACS);
    // The report names its inspection by date; the framework is small print.
    await page.getByText(/St Helens · October 2019 inspection · ILACS 2018 · /).waitFor();

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Reports' })
      .click();
    const authority = page.getByRole('region', { name: 'St Helens' });
    await authority.waitFor();
    expect(await authority.getByText(/inspection · /).allTextContents()).toEqual([
      expect.stringMatching(/^October 2019 inspection · ILACS 2018 · /),
      expect.stringMatching(/^November 2014 inspection · SIF · published 20 January 2015$/),
    ]);
    await authority.getByRole('button', { name: 'Show St Helens’s journey' }).click();

    const table = authority.getByRole('table', {
      name: 'St Helens: every judgement across its inspections, oldest first',
    });
    await table.waitFor();
    expect((await table.getByRole('columnheader').allTextContents()).map((h) => h.trim())).toEqual([
      'Area',
      'November 2014SIF',
      'October 2019ILACS 2018',
    ]);
    await table
      .getByRole('columnheader', { name: /^November 2014/ })
      .getByRole('link', { name: 'November 2014' })
      .waitFor();

    const sif = expectedGrades(SIF);
    const ilacs = expectedGrades(ILACS);
    for (const [area, key] of AREAS) {
      const before = sif[key];
      const after = ilacs[key];
      if (!before || !after) throw new Error(`the answer key has no ${key} grade`);
      expect(await gridCell(table, area, 'November 2014')).toBe(GRADE_LABELS[before]);
      expect(await gridCell(table, area, 'October 2019')).toMatch(
        new RegExp(`^${GRADE_LABELS[after]}`),
      );
    }
    // Requires improvement in 2014, inadequate in 2019: said in words, not colour alone.
    expect(await gridCell(table, 'Overall effectiveness', 'October 2019')).toBe(
      'Inadequate▼ Declined since the November 2014 inspection',
    );
    // Areas judged in one framework only say so rather than leaving a blank.
    expect(await gridCell(table, 'Adoption', 'October 2019')).toBe('Not judged');
    expect(await gridCell(table, 'Children in care and care leavers', 'November 2014')).toBe(
      'Not judged',
    );

    // The chart has a key naming every line.
    await authority.getByRole('img', { name: /Grades by inspection/ }).waitFor();
    const key = authority.getByRole('list', { name: 'Key to the chart' });
    expect(await key.getByRole('listitem').allTextContents()).toEqual(
      expect.arrayContaining([
        'Overall effectiveness',
        'Help and protection',
        'Adoption',
        'Children in care and care leavers',
      ]),
    );
    expect(await seriousViolations(page)).toEqual([]);

    // The earlier report's judgements name the previous grade by its inspection's date.
    await page.getByRole('link', { name: 'October 2019' }).click();
    const judgements = page.getByRole('region', { name: 'Judgements' });
    await expect
      .poll(() =>
        judgements
          .getByRole('row')
          .filter({
            has: page.getByRole('rowheader', { name: 'Overall effectiveness', exact: true }),
          })
          .textContent(),
      )
      .toMatch(
        /^Overall effectivenessInadequateRequires improvement to be good \(November 2014 inspection\).*Declined/,
      );
  }, 180_000);
});
