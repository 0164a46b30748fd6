// The browser's route to the accessible PDF: the pack builder's button opens the print view, and
// printing it (as the print dialog's "Save as PDF" does, here through Chromium's own printToPDF
// with tagging on) gives a tagged PDF of the pack alone, with the marking and page numbers on
// every page and the app's own header left off the paper.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './harness';
import { putRows } from './store';
import { fixtureWorkspace } from '../fixtures/packs/workspace';
import { readStructureTree, walk } from '../readers/structure-tree';

const run = promisify(execFile);
let app: AppSession | undefined;
let folder = '';
afterEach(async () => {
  await app?.dispose();
  app = undefined;
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('the print view of a pack', () => {
  it('opens from the pack builder and prints a tagged PDF of the pack alone', async () => {
    app = await openApp('#/packs');
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Meetings and packs' }).waitFor();
    const data = fixtureWorkspace();
    await putRows(page, {
      reports: data.reports,
      judgements: data.judgements,
      sections: data.sections,
      findings: data.findings,
      annotations: data.annotations,
      actions: data.actions,
      meetings: data.meetings,
      packs: data.packs,
    });
    await page.goto(`${app.url}#/packs/pack-1`);
    await page
      .getByRole('heading', {
        level: 1,
        name: 'Briefing pack: Ofsted ILACS 2025: briefing for members',
      })
      .waitFor();

    await page.getByRole('button', { name: 'Print view for an accessible PDF' }).click();
    await page.getByRole('button', { name: 'Print or save as PDF' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Purpose of this pack' }).waitFor();
    expect(await page.title()).toBe('Ofsted ILACS 2025: briefing for members');

    folder = await mkdtemp(join(tmpdir(), 'scrutiny-print-view-'));
    const path = join(folder, 'print.pdf');
    const bytes = await page.pdf({ tagged: true, outline: true, preferCSSPageSize: true });
    await writeFile(path, bytes);
    const pages = (await run('pdftotext', ['-enc', 'UTF-8', path, '-'])).stdout
      .split('\f')
      .filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((text, i) => {
      expect(text).toContain('OFFICIAL-SENSITIVE');
      expect(text.replace(/\s+/g, ' ')).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(text).not.toContain('Print or save as PDF');
      expect(text).not.toContain('Meetings and packs');
    });
    const tree = await readStructureTree(new Uint8Array(bytes));
    const nodes = tree.pages.flatMap(walk);
    expect(nodes.filter((n) => n.role === 'H1').map((n) => n.text)).toEqual(
      expect.arrayContaining(['Purpose of this pack', 'Key findings by theme']),
    );
    expect(nodes.some((n) => n.role === 'TH' && n.text === 'Previous grade')).toBe(true);
    expect(nodes.find((n) => n.lang === 'cy-GB')?.text).toContain('Mae’r gwasanaeth yn gwella');
  });
});
