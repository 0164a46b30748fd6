// The member's journey to a briefing pack in real Chromium: add a meeting, build a pack by hand
// and by keyboard, see the preview, and export Word and PDF as downloads carrying the marking.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './harness';
import { putRows } from './store';
import { seriousViolations } from './axe';
import { fixtureWorkspace, sharedWorkspace } from '../fixtures/packs/workspace';
import type { WorkspaceData } from '../../shared/files/envelope';

const run = promisify(execFile);
let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

/** Put the fixture's reports, findings and notes straight into the app's IndexedDB. */
async function seed(session: AppSession, data: WorkspaceData = fixtureWorkspace()): Promise<void> {
  const rows = {
    reports: data.reports,
    judgements: data.judgements,
    sections: data.sections,
    findings: data.findings,
    annotations: data.annotations,
    actions: data.actions,
  };
  await putRows(session.page, rows);
}

describe('meetings and briefing packs', () => {
  it('creates a meeting and a pack, previews it, and exports Word and PDF with the marking', async () => {
    app = await openApp('#/packs');
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Meetings and packs' }).waitFor();
    await page.getByText('No meetings yet.').waitFor();
    await seed(app);
    await page.reload();

    await page.getByLabel('Committee').fill('Corporate Parenting Panel');
    await page.getByLabel('Meeting date').fill('2026-05-20');
    await page.getByLabel('Agenda item', { exact: true }).fill('5');
    await page.getByLabel('Agenda item title').fill('Care leavers update');
    await page.getByRole('button', { name: 'Save meeting' }).click();
    await page.getByRole('cell', { name: 'Corporate Parenting Panel', exact: true }).waitFor();
    await page.getByRole('cell', { name: '20 May 2026', exact: true }).waitFor();

    await page.getByRole('button', { name: 'New briefing pack' }).click();
    await page.getByRole('heading', { level: 1, name: /^Briefing pack:/ }).waitFor();
    await page.getByLabel('Title').fill('Care leavers briefing');
    await page.getByRole('radio', { name: 'OFFICIAL-SENSITIVE' }).check();
    await page.getByRole('checkbox', { name: /Zanzibar finding/ }).check();
    await page.getByRole('checkbox', { name: /Quixote finding/ }).check();

    // Reorder by keyboard: the second item moves up to first.
    const chosen = page.getByRole('list', { name: 'Chosen for the pack, in order' });
    await expect(chosen.getByRole('listitem').first().textContent()).resolves.toContain('Zanzibar');
    await page.getByRole('button', { name: /^Move up: .*Quixote/ }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => chosen.getByRole('listitem').first().textContent())
      .toContain('Quixote');

    // The preview follows the builder a moment later: wait until it shows the new title and order.
    const preview = page.locator('.pack-preview');
    const quixoteBeforeZanzibar = async (): Promise<boolean> => {
      const text = (await preview.textContent()) ?? '';
      return (
        text.includes('Care leavers briefing') &&
        text.indexOf('Quixote') !== -1 &&
        text.indexOf('Quixote') < text.indexOf('Zanzibar')
      );
    };
    await expect.poll(quixoteBeforeZanzibar).toBe(true);
    const previewText = (await preview.textContent()) ?? '';
    expect(previewText).toContain('OFFICIAL-SENSITIVE');
    expect(previewText).toContain('Corporate Parenting Panel');
    expect(previewText).toContain('Pelican note');
    expect(previewText).not.toContain('Unchosen Yodel');
    expect(previewText.indexOf('Quixote')).toBeLessThan(previewText.indexOf('Zanzibar'));

    // Reorder by dragging: Quixote, now first, is dropped on the second item.
    await chosen.getByRole('listitem').first().dragTo(chosen.getByRole('listitem').nth(1));
    await expect
      .poll(() => chosen.getByRole('listitem').first().textContent())
      .toContain('Zanzibar');
    await page.getByText('All changes saved.').waitFor();

    const [wordDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export to Word' }).click(),
    ]);
    expect(wordDownload.suggestedFilename()).toMatch(
      /^Corporate Parenting Panel 2026-05-20 Care leavers briefing \(exported \d{4}-\d\d-\d\d-\d{6}\)\.docx$/,
    );
    const docx = unzipSync(await readFile((await wordDownload.path()) as string));
    const header = Object.entries(docx)
      .filter(([name]) => name.startsWith('word/header'))
      .map(([, bytes]) => strFromU8(bytes))
      .join('');
    expect(header).toContain('OFFICIAL-SENSITIVE');
    expect(strFromU8(docx['word/document.xml'] ?? new Uint8Array())).toContain('Quixote finding');

    const [pdfDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export to PDF' }).click(),
    ]);
    expect(pdfDownload.suggestedFilename()).toMatch(
      /^Corporate Parenting Panel 2026-05-20 Care leavers briefing \(exported \d{4}-\d\d-\d\d-\d{6}\)\.pdf$/,
    );
    const pdfPath = (await pdfDownload.path()) as string;
    expect((await readFile(pdfPath)).subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (await run('pdftotext', [pdfPath, '-'])).stdout
      .split('\f')
      .filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((p) => expect(p).toContain('OFFICIAL-SENSITIVE'));
    await page
      .getByRole('region', { name: 'Export' })
      .getByText(/^Saved the PDF file/)
      .waitFor();

    expect(await seriousViolations(page)).toEqual([]);

    // The pack and meeting survive a restart.
    await app.restart();
    await app.page.getByRole('cell', { name: 'Corporate Parenting Panel', exact: true }).waitFor();
    await app.page.getByRole('link', { name: 'Care leavers briefing' }).click();
    await app.page
      .getByRole('heading', { level: 1, name: 'Briefing pack: Care leavers briefing' })
      .waitFor();
    await expect(
      app.page.getByRole('radio', { name: 'OFFICIAL-SENSITIVE' }).isChecked(),
    ).resolves.toBe(true);
  });

  it('chooses findings by theme and by kind, adding only those that match', async () => {
    app = await openApp('#/packs');
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Meetings and packs' }).waitFor();
    await seed(app, sharedWorkspace());
    await page.reload();
    await page.getByRole('button', { name: 'New briefing pack' }).click();
    await page.getByRole('heading', { level: 1, name: /^Briefing pack:/ }).waitFor();
    const chosen = page.getByRole('list', { name: 'Chosen for the pack, in order' });
    const chosenText = async () =>
      (await chosen.getByRole('listitem').allTextContents()).join('\n');

    // Care leavers: the 2025 Zanzibar finding and the 2022 Kumquat finding, nothing else.
    await page.getByRole('combobox', { name: /^Theme/ }).selectOption('care leavers');
    await page.getByText('2 findings match.').waitFor();
    await page.getByRole('button', { name: 'Add all 2 matching findings' }).click();
    await expect.poll(() => chosen.getByRole('listitem').count()).toBe(2);
    const careLeavers = await chosenText();
    expect(careLeavers).toContain('Zanzibar');
    expect(careLeavers).toContain('An older finding from 2022');

    // Recommendations across every theme: only Marmalade joins.
    await page.getByRole('combobox', { name: /^Theme/ }).selectOption('');
    await page.getByRole('combobox', { name: /^Kind/ }).selectOption({ label: 'Recommendation' });
    await page.getByText('1 finding matches.').waitFor();
    await page.getByRole('button', { name: 'Add the 1 matching finding' }).click();
    await expect.poll(() => chosen.getByRole('listitem').count()).toBe(3);
    const all = await chosenText();
    expect(all).toContain('Marmalade');
    for (const unmatched of ['Quixote', 'Yodel']) expect(all).not.toContain(unmatched);
    await expect(page.getByRole('checkbox', { name: /Quixote finding/ }).count()).resolves.toBe(0);
    await expect(
      page.getByRole('checkbox', { name: /Marmalade recommendation/ }).isChecked(),
    ).resolves.toBe(true);

    // Colleagues' versions not yet settled are printed in the preview and flagged above it.
    await page
      .getByText('2 notes have versions not yet settled; settle them in Share notes.')
      .waitFor();
    const preview = page.locator('.pack-preview');
    await expect
      .poll(() => preview.textContent())
      .toContain('Another version, by Cllr Dafydd Jones, not yet settled (RAG: Amber)');
    expect(await preview.textContent()).toContain(
      'Note from Cllr Amara Okafor, edited by Cllr Ben Hughes (RAG: Red)',
    );
  });

  it('says plainly when a pack has nothing in it yet', async () => {
    app = await openApp('#/packs');
    await app.page.getByRole('button', { name: 'New briefing pack' }).click();
    await app.page
      .getByText('The pack has no reports or findings: add some in the pack builder.')
      .waitFor();
    await expect(
      app.page.getByRole('button', { name: 'Export to PDF' }).isDisabled(),
    ).resolves.toBe(true);
  });
});
