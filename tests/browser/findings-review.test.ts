// Findings a member can check at the scale of real reports: the review of a SIF report (about 300
// findings) is paged, not one giant page; and in the report view a member asks why a finding has
// its kind and re-classifies it there, after saving. Real Ofsted reports from the corpus; needs
// /work/shared/corpus (or SCRUTINY_CORPUS): the test fails, rather than passing, without it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';
import { putRows, readRows } from './store';
import { reasonWords } from '../../shared/import/reason';
import { FINDING_KIND_LABELS, type Finding } from '../../shared/model';

const CORPUS = process.env.SCRUTINY_CORPUS ?? '/work/shared/corpus';
const MEMBER = 'Cllr Amara Okafor';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

async function chooseReport(page: Page, name: string): Promise<void> {
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
    .waitFor({ timeout: 120_000 });
}

describe('findings at the scale of real reports', () => {
  it('pages the review of a SIF report of about 300 findings, 40 at a time, with every section reachable', async () => {
    app = await openApp('#/import');
    const { page } = app;
    await chooseReport(page, 'st-helens-2015-01-20-sif.pdf');
    const heading = await page
      .getByRole('heading', { level: 2, name: /^Findings \(\d+\)$/ })
      .innerText();
    const total = Number(/\((\d+)\)/.exec(heading)?.[1]);
    expect(total).toBeGreaterThan(250);
    const pages = Math.ceil(total / 40);
    const top = page.getByRole('navigation', { name: 'Pages of findings (top)' });
    await top.getByText(`Findings 1–40 of ${total} (page 1 of ${pages})`).waitFor();
    const review = page.getByRole('region', { name: /^Findings \(\d+\)$/ });
    // Only one page of findings is on the screen, each with its own kind to check.
    expect(await review.getByRole('listitem').count()).toBe(40);
    expect(await review.getByRole('combobox', { name: /^Kind of finding \d+$/ }).count()).toBe(40);
    await review.getByRole('combobox', { name: 'Kind of finding 40', exact: true }).waitFor();

    await top.getByRole('button', { name: 'Next findings' }).click();
    await top.getByText(`Findings 41–80 of ${total} (page 2 of ${pages})`).waitFor();
    await review.getByRole('combobox', { name: 'Kind of finding 41', exact: true }).waitFor();
    expect(
      await review.getByRole('combobox', { name: 'Kind of finding 1', exact: true }).count(),
    ).toBe(0);

    // The last section is one choice away: the page with its first finding.
    const jump = review.getByRole('combobox', { name: 'Go to section' });
    const options = await jump.getByRole('option').allInnerTexts();
    const last = options[options.length - 1] ?? '';
    const first = total - Number(/\((\d+)\)$/.exec(last)?.[1]) + 1;
    const on = Math.floor((first - 1) / 40) + 1;
    await jump.selectOption({ index: options.length - 1 });
    await top
      .getByText(
        `Findings ${(on - 1) * 40 + 1}–${Math.min(total, on * 40)} of ${total} (page ${on} of ${pages})`,
      )
      .waitFor();
    await review.getByRole('combobox', { name: `Kind of finding ${first}`, exact: true }).waitFor();
    expect(await review.getByRole('listitem').count()).toBeLessThanOrEqual(40);
  }, 240_000);

  it('shows in the report view why a finding has its kind, and re-classifies it there after saving', async () => {
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
    await chooseReport(page, 'bristol-2023-03-10-ilacs-2023.pdf');
    await page.getByRole('button', { name: 'Save report' }).click();
    await page.waitForURL(/#\/report\/report-/);
    await page.getByRole('heading', { level: 2, name: 'Findings' }).waitFor();

    // An area for improvement the importer chose from the finding's own words, among the first shown.
    const findings = (await readRows<Finding>(page, 'findings')).sort((a, b) => a.order - b.order);
    const position =
      findings
        .slice(0, 20)
        .findIndex((f) => f.kind === 'improvement' && f.reason?.by === 'words' && f.reason.quote) +
      1;
    const finding = findings[position - 1];
    if (!finding?.reason?.quote)
      throw new Error('no area for improvement chosen by its words among the first 20 findings');
    const card = page.getByRole('article', {
      name: `${FINDING_KIND_LABELS.improvement} ${position}`,
      exact: true,
    });

    // Asked, the card says why, quoting the words that decided.
    await card.getByText(`Why this kind? (finding ${position}`).click();
    const because = card.getByText(/^Marked as an area for improvement because: '/);
    await because.waitFor();
    const words = reasonWords(finding) ?? '';
    expect(words).toContain(finding.reason.quote);
    expect(await because.innerText()).toBe(`${words.charAt(0).toUpperCase()}${words.slice(1)}.`);

    // Re-classified from the report view: the badge and the stored finding change, and the
    // importer's reason goes with the importer's kind.
    await card.getByRole('button', { name: `Correct finding ${position}`, exact: true }).click();
    await card.getByLabel(`Kind of finding ${position}`, { exact: true }).selectOption('strength');
    const now = page.getByRole('article', {
      name: `${FINDING_KIND_LABELS.strength} ${position}`,
      exact: true,
    });
    await now.waitFor();
    expect(await now.getByText(`Why this kind? (finding ${position}`).count()).toBe(0);
    const stored = (await readRows<Finding>(page, 'findings')).find((f) => f.id === finding.id);
    expect(stored?.kind).toBe('strength');
    expect(stored?.reason).toBeUndefined();

    // It stays so after a reload.
    await page.reload();
    await page
      .getByRole('article', { name: `${FINDING_KIND_LABELS.strength} ${position}`, exact: true })
      .waitFor();
  }, 240_000);
});
