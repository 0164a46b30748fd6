// A colleague's correction of a grade arrives through Share notes (issue 11: corrections travel in
// merges). Two members' own profiles hold the same report; Ben corrects a grade on the report's
// page and saves his file; Amara takes it in and sees the grade "corrected by" Ben, with what the
// importer read. Then both correct another grade differently: Amara sees both corrections side by
// side and keeps one.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type AppSession } from './harness';
import { memberProfile, REPORT_ID } from './member-seed';
import { chooseNotesFile, goToShareNotes, saveNotesFile } from './share-notes';
import { seriousViolations } from './axe';

const AMARA = 'Cllr Amara Okafor';
const BEN = 'Cllr Ben Hughes';

let sessions: AppSession[] = [];
let folder = '';
afterEach(async () => {
  await Promise.all(sessions.map((s) => s.dispose()));
  sessions = [];
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** A member's own profile holding the Devon report (as both importing one PDF would), with two graded areas. */
async function member(name: string): Promise<AppSession> {
  const judgement = (key: string, label: string, order: number) => ({
    id: `${REPORT_ID}-${key}`,
    reportId: REPORT_ID,
    key,
    label,
    grade: 'inadequate',
    gradeText: 'Inadequate',
    score: null,
    order,
  });
  const app = await memberProfile(name, `#/report/${REPORT_ID}`, [], [], {
    judgements: [
      judgement('overall_effectiveness', 'Overall effectiveness', 0),
      judgement('care_leavers', 'The experiences and progress of care leavers', 1),
    ],
  });
  sessions.push(app);
  await app.page.getByRole('heading', { level: 2, name: 'Judgements' }).waitFor();
  return app;
}

/** Correct the grade of the n-th area (0-based) on the report's page, as a member does. */
async function correctGrade(page: Page, area: number, grade: string, by: string): Promise<void> {
  if (!page.url().endsWith('#/report/rep-devon'))
    await page.goto(page.url().replace(/#.*$/, '#/report/rep-devon'));
  await page.getByRole('button', { name: 'Correct grades and dates' }).click();
  await page
    .getByRole('region', { name: 'Correct this report' })
    .getByRole('combobox')
    .nth(area)
    .selectOption(grade);
  await page
    .getByRole('region', { name: 'Judgements' })
    .getByRole('row')
    .nth(area + 1)
    .getByText(new RegExp(`corrected by ${by}, `))
    .waitFor();
  await page.getByRole('button', { name: 'Done correcting' }).click();
}

describe('corrections travel through Share notes', () => {
  it('brings a colleague’s grade correction with “corrected by” him, and shows two different corrections side by side until one is kept', async () => {
    folder = await mkdtemp(join(tmpdir(), 'scrutiny-share-corrections-'));
    const ben = await member(BEN);
    const amara = await member(AMARA);

    // Ben corrects Overall effectiveness to Good and saves his file: it holds his correction.
    await correctGrade(ben.page, 0, 'good', BEN);
    const first = await saveNotesFile(ben.page, folder);
    await ben.page
      .getByRole('region', { name: 'Send my notes' })
      .getByText(/^Saved 1 correction to reports\./)
      .waitFor();

    // Amara takes it in: the preview says what it will do before anything changes.
    await goToShareNotes(amara.page);
    await chooseNotesFile(amara.page, first);
    const preview = amara.page.getByRole('table');
    await preview.getByRole('row', { name: /Corrections to reports/ }).waitFor();
    expect(
      await preview
        .getByRole('row', { name: /Corrections to reports/ })
        .getByRole('cell')
        .textContent(),
    ).toBe('1');
    await amara.page
      .getByText(
        `1 correction from ${BEN} is applied to your reports, each marked with who made it and when; the importer’s reading of a corrected grade is kept.`,
      )
      .waitFor();
    expect(await seriousViolations(amara.page)).toEqual([]);
    await amara.page.getByRole('button', { name: 'Take in these changes' }).click();
    await amara.page
      .getByRole('region', { name: 'Take in a colleague\u2019s notes' })
      .getByText(/^Took in the notes from .*: added 0, updated 0, in conflict 0, corrections 1\.$/)
      .waitFor();

    await amara.page.goto(`${amara.url}#/report/rep-devon`);
    const overall = amara.page.getByRole('region', { name: 'Judgements' }).getByRole('row').nth(1);
    await overall
      .getByText(new RegExp(`corrected by ${BEN}, \\d+ \\w+ \\d{4}; read as Inadequate`))
      .waitFor();
    expect(await overall.getByRole('cell').first().textContent()).toMatch(/^Good/);

    // Both then correct care leavers differently, neither seeing the other's: a conflict, never a silent choice.
    await correctGrade(ben.page, 1, 'requires_improvement', BEN);
    await correctGrade(amara.page, 1, 'good', AMARA);
    const second = await saveNotesFile(ben.page, folder);
    await goToShareNotes(amara.page);
    await chooseNotesFile(amara.page, second);
    await amara.page
      .getByText(
        /was corrected differently by you \(Good, .*\) and Cllr Ben Hughes \(Requires improvement to be good, .*\)|was corrected differently by Cllr Ben Hughes \(Requires improvement to be good, .*\) and you \(Good, .*\)/,
      )
      .waitFor();
    await amara.page.getByRole('button', { name: 'Take in these changes' }).click();
    await amara.page.goto(`${amara.url}#/report/rep-devon`);
    const differ = amara.page.getByRole('region', { name: 'Corrections that differ' });
    await differ.waitFor();
    await differ.getByRole('button', { name: `Keep Good (${AMARA})` }).click();
    await differ.waitFor({ state: 'detached' });
    const leavers = amara.page.getByRole('region', { name: 'Judgements' }).getByRole('row').nth(2);
    await leavers.getByText(new RegExp(`corrected by ${AMARA}, `)).waitFor();
  });
});
