// Two members' own profiles exchange notes through files: each imports the same report through
// the app; Amara writes a note and saves her notes; Ben takes the file in through the file
// chooser and sees the note under Amara's name. Conflicts and bad files are seeded directly.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseAuthority } from './choose-authority';
import { openApp, type AppSession } from './harness';
import { memberProfile, REPORT_ID } from './member-seed';
import { chooseNotesFile, goToShareNotes } from './share-notes';
import { seriousViolations } from './axe';
import { SHA_DEVON, findingsFor, report, workspace } from '../shared/merge/workspace-fixture';
import { buildBundle } from '../../shared/files/bundle';
import type { Annotation } from '../../shared/model';
import { createAnnotation, editAnnotation, mergeAnnotations } from '../../shared/merge';

const AMARA = 'Cllr Amara Okafor';
const BEN = 'Cllr Ben Hughes';
const REPORT_TEXT = readFileSync(
  join(import.meta.dirname, '../fixtures/reports/summary-durham-shape.txt'),
  'utf8',
);
const NOTE = 'Ask the director why pathway plans lag behind for 18 year olds.';

let sessions: AppSession[] = [];
let folder = '';
afterEach(async () => {
  await Promise.all(sessions.map((s) => s.dispose()));
  sessions = [];
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** A fresh profile that imports the report by pasting its text, as a member would. */
async function importing(): Promise<AppSession> {
  const app = await openApp('#/import');
  sessions.push(app);
  const { page } = app;
  await page.getByRole('heading', { level: 1, name: 'Import a report' }).waitFor();
  await page.getByLabel('Report text').fill(REPORT_TEXT);
  await page.getByRole('button', { name: 'Read report' }).click();
  await chooseAuthority(page, 'Durham', '840');
  await page.getByRole('button', { name: 'Save report' }).click();
  await page.waitForURL(/#\/report\//);
  await page.getByRole('article').first().waitFor();
  return app;
}

/** Answer the one-time "what name should your notes carry?" prompt, if it is showing. */
async function giveName(page: Page, name: string): Promise<void> {
  const prompt = page.getByRole('button', { name: 'Save my name' });
  if ((await prompt.count()) === 0) return;
  await page.getByLabel('Your name').fill(name);
  await prompt.click();
  await prompt.waitFor({ state: 'detached' });
}

async function member(name: string, annotations: Annotation[] = []): Promise<AppSession> {
  const app = await memberProfile(name, `#/report/${REPORT_ID}`, annotations);
  sessions.push(app);
  return app;
}

describe('sharing notes between two members', () => {
  it('carries a note from one member\u2019s profile to another\u2019s through a file, under its writer\u2019s name', async () => {
    folder = await mkdtemp(join(tmpdir(), 'scrutiny-share-'));

    // Amara imports the report through the app, gives her name and writes a note on a finding.
    const amara = await importing();
    const reportRoute = new URL(amara.page.url()).hash;
    const first = amara.page.getByRole('article').first();
    await first.getByRole('button', { name: 'Annotate' }).click();
    await giveName(amara.page, AMARA);
    await first.getByRole('button', { name: 'Add a note' }).click();
    const box = first.getByRole('textbox', { name: 'Note' });
    await box.fill(NOTE);
    await box.blur();
    await first.getByText('Saved', { exact: false }).first().waitFor();

    // She saves her notes to a file.
    await goToShareNotes(amara.page);
    expect(await seriousViolations(amara.page)).toEqual([]);
    const [download] = await Promise.all([
      amara.page.waitForEvent('download'),
      amara.page.getByRole('button', { name: 'Save my notes to a file…' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^amara-okafor-notes-\d{4}-\d{2}-\d{2}-\d{6}\.json$/,
    );
    const bundlePath = join(folder, download.suggestedFilename());
    await download.saveAs(bundlePath);
    await amara.page
      .getByRole('region', { name: 'Send my notes' })
      .getByText(/^Saved 1 note\./)
      .waitFor();
    const bundle = JSON.parse(await readFile(bundlePath, 'utf8')) as {
      format: string;
      exportedBy: string;
      data: { annotations: { body: string; author: string }[] };
    };
    expect(bundle.format).toBe('scrutiny-desk/bundle');
    expect(bundle.exportedBy).toBe(AMARA);
    expect(bundle.data.annotations.map((a) => [a.author, a.body])).toEqual([[AMARA, NOTE]]);

    // Ben, on his own profile, imports the same report text and takes her file in.
    const ben = await importing();
    await goToShareNotes(ben.page);
    await chooseNotesFile(ben.page, bundlePath);
    const preview = ben.page.getByRole('table');
    await preview.getByRole('row', { name: /New notes to add/ }).waitFor();
    expect(
      await preview
        .getByRole('row', { name: /New notes to add/ })
        .getByRole('cell')
        .textContent(),
    ).toBe('1');
    expect(
      await preview
        .getByRole('row', { name: /conflicts/ })
        .getByRole('cell')
        .textContent(),
    ).toBe('0');
    expect(
      await preview
        .getByRole('row', { name: /Cannot be placed/ })
        .getByRole('cell')
        .textContent(),
    ).toBe('0');
    await ben.page.getByText(`${AMARA}: ${NOTE}`).waitFor();
    expect(await seriousViolations(ben.page)).toEqual([]);
    await ben.page.getByRole('button', { name: 'Add these notes' }).click();
    await ben.page
      .getByRole('region', { name: 'Take in a colleague\u2019s notes' })
      .getByText(
        /^Took in the notes from amara-okafor-notes-.*: added 1, updated 0, in conflict 0\.$/,
      )
      .waitFor();

    // The note is on the same finding of Ben's report, attributed to Amara, after a restart too.
    await ben.restart();
    await ben.page.goto(`${ben.url}${reportRoute}`);
    const card = ben.page.getByRole('article').first();
    await card.getByRole('button', { name: 'Notes (1)' }).click();
    await giveName(ben.page, BEN);
    await card.getByText(NOTE).waitFor();
    expect(await card.getByText(`by ${AMARA}`).count()).toBeGreaterThan(0);

    // Taking in the same file again changes nothing.
    await goToShareNotes(ben.page);
    await chooseNotesFile(ben.page, bundlePath);
    await ben.page.getByRole('row', { name: /Already here, unchanged/ }).waitFor();
    expect(
      await ben.page
        .getByRole('row', { name: /Already here, unchanged/ })
        .getByRole('cell')
        .textContent(),
    ).toBe('1');
    expect(await ben.page.getByRole('button', { name: 'Nothing to add' }).isDisabled()).toBe(true);
  });

  it('shows a note changed on both sides with both versions and their writers, and keeps both on request', async () => {
    const r = report('rep-devon', SHA_DEVON);
    const finding = findingsFor(r.id, 'fin')[0];
    if (!finding) throw new Error('no finding');
    const original = createAnnotation(
      {
        kind: 'note',
        target: {
          reportId: r.id,
          findingId: finding.id,
          findingText: finding.text,
          selector: null,
        },
        body: 'first words',
      },
      AMARA,
      '2026-11-27T09:00:00.000Z',
      'ann-1',
    );
    const [conflicted] = mergeAnnotations(
      [
        editAnnotation(
          original,
          { body: 'Amara says: raise at panel' },
          AMARA,
          '2026-11-27T10:00:00.000Z',
        ),
      ],
      [
        editAnnotation(
          original,
          { body: 'Ben says: ask for the audit' },
          BEN,
          '2026-11-27T11:00:00.000Z',
        ),
      ],
    );
    if (!conflicted) throw new Error('no merged note');
    const amara = await member(AMARA, [conflicted]);
    const { page } = amara;
    await goToShareNotes(page);
    const note = page.getByRole('article', { name: `Note by ${AMARA} on this finding` });
    await note.waitFor();
    await note.getByText('Written by Cllr Ben Hughes', { exact: false }).waitFor();
    await note.getByText('Written by Cllr Amara Okafor', { exact: false }).waitFor();
    // Each version's words, read without the screen-reader markers around the changed words.
    const bodies = (await note.locator('.version-body').allTextContents()).map((t) =>
      t.replace(/\[changed: |\]/g, ''),
    );
    expect(bodies.sort()).toEqual(['Amara says: raise at panel', 'Ben says: ask for the audit']);
    expect(await seriousViolations(page)).toEqual([]);

    await note.getByRole('button', { name: 'Keep both: make this a separate note' }).click();
    await page.getByText('No notes are waiting: every note has one version.').waitFor();
    await page.goto(`${amara.url}#/report/rep-devon`);
    const card = page.getByRole('article').first();
    await card.getByRole('button', { name: 'Notes (2)' }).click();
    await card.getByText(`by ${BEN}`, { exact: false }).first().waitFor();
    expect(await card.getByRole('textbox', { name: 'Note' }).inputValue()).toBe(
      'Amara says: raise at panel',
    );
    await card.getByText('Ben says: ask for the audit').waitFor();
  });

  it('says whose version is whose when a colleague’s file conflicts, marks the changed words, and counts the note once', async () => {
    folder = await mkdtemp(join(tmpdir(), 'scrutiny-share-'));
    const r = report('rep-devon', SHA_DEVON);
    const finding = findingsFor(r.id, 'fin')[0];
    if (!finding) throw new Error('no finding');
    const original = createAnnotation(
      {
        kind: 'note',
        target: {
          reportId: r.id,
          findingId: finding.id,
          findingText: finding.text,
          selector: null,
        },
        body: 'Ask about pathway plans',
      },
      AMARA,
      '2026-11-27T09:00:00.000Z',
      'ann-1',
    );
    const mine = editAnnotation(
      original,
      { body: 'Ask about pathway plans for 18 year olds' },
      AMARA,
      '2026-11-27T10:00:00.000Z',
    );
    const bens = editAnnotation(
      original,
      { body: 'Ask about pathway plans and the audit' },
      BEN,
      '2026-11-27T11:00:00.000Z',
    );
    const benWorkspace = workspace([{ report: r, findingPrefix: 'fin' }]);
    benWorkspace.annotations.push(bens);
    const file = join(folder, 'ben-hughes-notes.json');
    await writeFile(
      file,
      JSON.stringify(
        buildBundle(
          benWorkspace,
          { type: 'everything' },
          BEN,
          new Date('2026-11-27T12:00:00.000Z'),
          { notes: 'everyone' },
        ),
      ),
    );

    const { page } = await member(AMARA, [mine]);
    await goToShareNotes(page);
    await chooseNotesFile(page, file);
    const preview = page.getByRole('table');
    await preview.getByRole('row', { name: /conflicts/ }).waitFor();
    // One note changed on both sides: counted as one conflict, and not again as an update.
    expect(
      await preview
        .getByRole('row', { name: /conflicts/ })
        .getByRole('cell')
        .textContent(),
    ).toBe('1');
    expect(
      await preview
        .getByRole('row', { name: /Notes with newer changes/ })
        .getByRole('cell')
        .textContent(),
    ).toBe('0');
    expect(
      await preview
        .getByRole('row', { name: /New notes to add/ })
        .getByRole('cell')
        .textContent(),
    ).toBe('0');
    await page.getByRole('button', { name: 'Add these notes' }).click();

    const note = page.getByRole('article', { name: `Note by ${AMARA} on this finding` });
    await note.getByRole('heading', { name: 'On this computer (your version)' }).waitFor();
    await note.getByRole('heading', { name: `From ${BEN}’s file` }).waitFor();
    const marked = (await note.locator('mark').allTextContents()).map((t) =>
      t.replace(/\[changed: |\]/g, '').trim(),
    );
    expect(marked.sort()).toEqual(['and the audit', 'for 18 year olds']);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('names two files saved on the same day differently, so the second never replaces the first', async () => {
    const r = report('rep-devon', SHA_DEVON);
    const finding = findingsFor(r.id, 'fin')[0];
    if (!finding) throw new Error('no finding');
    const note = createAnnotation(
      {
        kind: 'note',
        target: {
          reportId: r.id,
          findingId: finding.id,
          findingText: finding.text,
          selector: null,
        },
        body: NOTE,
      },
      AMARA,
      '2026-11-27T09:00:00.000Z',
      'ann-1',
    );
    const { page } = await member(AMARA, [note]);
    await goToShareNotes(page);
    const save = async (at: Date) => {
      await page.clock.setFixedTime(at);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Save my notes to a file…' }).click(),
      ]);
      return download.suggestedFilename();
    };
    const morning = await save(new Date(2026, 10, 27, 9, 15, 0));
    const afternoon = await save(new Date(2026, 10, 27, 14, 40, 30));
    expect(morning).toBe('amara-okafor-notes-2026-11-27-091500.json');
    expect(afternoon).toBe('amara-okafor-notes-2026-11-27-144030.json');
  });

  it('explains a damaged or too-new notes file in one line and changes nothing', async () => {
    folder = await mkdtemp(join(tmpdir(), 'scrutiny-share-'));
    const ben = await member(BEN);
    const { page } = ben;
    await goToShareNotes(page);
    const bundle = JSON.stringify({
      format: 'scrutiny-desk/bundle',
      version: 2,
      exportedAt: '2026-11-27T10:00:00.000Z',
      exportedBy: AMARA,
      data: { scope: { type: 'everything' }, reports: [], findings: [], annotations: [] },
    });
    const cut = join(folder, 'cut.json');
    const future = join(folder, 'future.json');
    await writeFile(cut, bundle.slice(0, 60));
    await writeFile(future, bundle.replace('"version":2', '"version":99'));
    const offer = async (path: string, says: RegExp) => {
      await chooseNotesFile(page, path);
      const alert = page.getByRole('alert').filter({ hasText: says });
      await alert.waitFor();
      return alert.textContent();
    };
    expect(await offer(cut, /cut short/)).toMatch(
      /^These notes cannot be taken in, and nothing was changed: the file is cut short \(truncated\)/,
    );
    expect(await offer(future, /newer version/)).toMatch(
      /^These notes cannot be taken in, and nothing was changed: this file was made by a newer version of Scrutiny Desk .* update the app to open it\.$/,
    );
    expect(await page.getByRole('button', { name: 'Add these notes' }).count()).toBe(0);
  });
});
