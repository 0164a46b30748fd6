// Ratings are per member, in real Chromium with two members' own profiles: the chair rates a
// finding Red, her colleague rates it Amber and sends his notes; after she takes them in, her
// badge, her "My RAG rating" filter and her pack (preview, Word and PDF) still use her Red, show
// his Amber beside it, and "Members disagree" finds it. He keeps his Amber when he takes hers in.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { type AppSession } from './harness';
import { memberProfile, REPORT_ID } from './member-seed';
import { saveNotesFile, takeInNotes } from './share-notes';
import { seriousViolations } from './axe';

const run = promisify(execFile);
const AMARA = 'Cllr Amara Okafor';
const BEN = 'Cllr Ben Hughes';
const PATHWAY = /Care leavers do not always have a pathway plan/;

let sessions: AppSession[] = [];
let folder = '';
afterEach(async () => {
  await Promise.all(sessions.map((s) => s.dispose()));
  sessions = [];
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** A member's own fresh profile holding the same imported report, with their name given. */
async function member(name: string): Promise<AppSession> {
  const app = await memberProfile(name, `#/report/${REPORT_ID}`);
  sessions.push(app);
  await app.page.getByRole('article').first().waitFor();
  return app;
}

const pathwayCard = (page: Page) => page.getByRole('article').filter({ hasText: PATHWAY });

/** Rate the pathway finding with the finding's own controls, as a member would. */
async function rate(page: Page, rag: 'Red' | 'Amber' | 'Green'): Promise<void> {
  const card = pathwayCard(page);
  await card.getByRole('button', { name: /^(Annotate|Notes \(\d+\))$/ }).click();
  await card
    .getByRole('group', { name: 'Your RAG rating' })
    .getByRole('radio', { name: rag })
    .check();
  await page.getByRole('status').filter({ hasText: 'Saved' }).first().waitFor();
  await card.getByRole('button', { name: 'Close notes' }).click();
}

async function showFilters(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/report/rep-devon`);
  await page.getByRole('article').first().waitFor();
}

describe('ratings are per member', () => {
  it('two members rate one finding differently and each keeps theirs in badge, filter and pack', async () => {
    folder = await mkdtemp(join(tmpdir(), 'scrutiny-ratings-'));
    const ben = await member(BEN);
    await rate(ben.page, 'Amber');
    const bensFile = await saveNotesFile(ben.page, folder);

    const amara = await member(AMARA);
    await rate(amara.page, 'Red');
    expect(await pathwayCard(amara.page).locator('.rag-badge').textContent()).toBe('RAG: Red');
    await takeInNotes(amara.page, bensFile);

    // Her badge: her Red first, his Amber beside it, and the disagreement said.
    const { page } = amara;
    await showFilters(page, amara.url);
    const card = pathwayCard(page);
    await expect
      .poll(() => card.locator('.rag-badge').textContent())
      .toBe('RAG: Red - AO; Amber - BH');
    expect(await card.getByText('Members disagree', { exact: true }).count()).toBe(1);
    expect(await card.locator('abbr', { hasText: 'BH' }).getAttribute('title')).toBe(BEN);

    // Her filter finds it under her Red, not under his Amber; "Members disagree" finds it alone.
    await page.getByLabel('My RAG rating').selectOption({ label: 'Red' });
    await page.getByText('1 of 2 findings match').waitFor();
    expect(await pathwayCard(page).count()).toBe(1);
    await page.getByLabel('My RAG rating').selectOption({ label: 'Amber' });
    await page.getByText('0 of 2 findings match').waitFor();
    await page.getByLabel('My RAG rating').selectOption({ label: 'Any rating' });
    await page.getByRole('checkbox', { name: 'Members disagree' }).check();
    await page.getByText('1 of 2 findings match').waitFor();
    expect(await pathwayCard(page).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    // Her pack counts her own ratings and says so; his Amber is given beside her Red.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Meetings and packs' })
      .click();
    await page.getByRole('button', { name: 'New briefing pack' }).click();
    await page.getByRole('heading', { level: 1, name: /^Briefing pack:/ }).waitFor();
    await page.getByRole('checkbox', { name: PATHWAY }).check();
    const preview = page.locator('.pack-preview');
    await expect
      .poll(() => preview.textContent())
      .toContain('RAG rating: Red (Cllr Amara Okafor); members differ: Red - AO; Amber - BH');
    expect(await preview.textContent()).toContain(
      'Ratings counted are those of the pack\u2019s author, Cllr Amara Okafor',
    );
    expect(await preview.textContent()).not.toContain('RAG rating: Amber');

    const [wordDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export to Word' }).click(),
    ]);
    const docx = unzipSync(await readFile((await wordDownload.path()) as string));
    const words = strFromU8(docx['word/document.xml'] ?? new Uint8Array()).replace(/<[^>]+>/g, '');
    expect(words).toContain(
      'RAG rating: Red (Cllr Amara Okafor); members differ: Red - AO; Amber - BH',
    );
    expect(words).not.toContain('RAG rating: Amber');

    // Counted by member instead: the page says so, and the PDF carries each member's rating.
    await page.getByRole('radio', { name: 'Each member\u2019s ratings, side by side' }).check();
    await expect
      .poll(() => preview.textContent())
      .toContain('Ratings are counted by member, as chosen for this pack');
    expect(await preview.textContent()).toContain('RAG ratings: Red - AO; Amber - BH');
    await page.getByText('All changes saved.').waitFor();
    const [pdfDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export to PDF' }).click(),
    ]);
    const pdfText = (
      await run('pdftotext', [(await pdfDownload.path()) as string, '-'])
    ).stdout.replace(/\s+/g, ' ');
    expect(pdfText).toContain('Ratings are counted by member');
    expect(pdfText).toContain('RAG ratings: Red - AO; Amber - BH');

    // He takes her notes in and keeps his own Amber: his first, hers beside it.
    const hersFile = await saveNotesFile(page, folder);
    await takeInNotes(ben.page, hersFile);
    await showFilters(ben.page, ben.url);
    await expect
      .poll(() => pathwayCard(ben.page).locator('.rag-badge').textContent())
      .toBe('RAG: Amber - BH; Red - AO');
    await ben.page.getByLabel('My RAG rating').selectOption({ label: 'Amber' });
    await ben.page.getByText('1 of 2 findings match').waitFor();
    expect(await pathwayCard(ben.page).count()).toBe(1);
  });
});
