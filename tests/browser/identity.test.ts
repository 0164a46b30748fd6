// A member is an identity, not a typed name, in real Chromium profiles: Settings shows the
// member's fingerprint and the colleagues' keys (and forgets one after a confirmation); a file
// signed by another key under a known member's name or id, with a bad or cut signature, or
// claiming this member's own id is refused in one line with nothing written; a hand-made file
// claiming to supersede a member's note leaves her words in the store; notes on a report the
// receiver never imported arrive with the report, marked as received from the sender, and the
// receiver's own import of it later merges with it.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseAuthority } from './choose-authority';
import { chooseNotesFile } from './share-notes';
import { openApp, type AppSession } from './harness';
import { seriousViolations } from './axe';
import { putRows, readRows } from './store';
import { DEVON, openMember, pinned, settingsOf, signedNote, snapshot } from './identity-seed';
import { buildBundle } from '../../shared/files/bundle';
import { fingerprint, newIdentity } from '../../shared/identity/keys';
import { versionSigner } from '../../shared/identity/version-signature';
import { createAnnotation, editAnnotation } from '../../shared/merge';
import type { Annotation, Finding, MemberIdentity, Settings } from '../../shared/model';
import type { WorkspaceData } from '../../shared/files/envelope';

const AMARA = 'Cllr Amara Okafor';
const BEN = 'Cllr Ben Hughes';
const NOW = new Date('2026-11-28T10:00:00.000Z');
const REPORT_TEXT = readFileSync(
  join(import.meta.dirname, '../fixtures/reports/summary-durham-shape.txt'),
  'utf8',
);

let sessions: AppSession[] = [];
let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'scrutiny-identity-'));
});
afterEach(async () => {
  await Promise.all(sessions.map((s) => s.dispose()));
  sessions = [];
  await rm(folder, { recursive: true, force: true });
});

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

/** The Devon workspace as `name`'s install holds it, with `notes`. */
function copyOf(name: string, identity: MemberIdentity, notes: Annotation[]): WorkspaceData {
  return { ...DEVON, annotations: notes, settings: settingsOf(name, identity) };
}

async function bundleFile(fileName: string, json: unknown): Promise<string> {
  const path = join(folder, fileName);
  await writeFile(path, typeof json === 'string' ? json : JSON.stringify(json));
  return path;
}

const receiving = (page: Page) =>
  page.getByRole('region', { name: 'Take in a colleague\u2019s notes' });

/** Offer a file on Share notes and return the one alert it gives. */
async function refusal(page: Page, path: string): Promise<string> {
  await chooseNotesFile(page, path);
  const alert = receiving(page).getByRole('alert');
  await alert.waitFor();
  expect(await alert.count()).toBe(1);
  return (await alert.innerText()).trim();
}

describe('Settings: my key and my colleagues\u2019 keys', () => {
  it('shows my fingerprint and each pinned colleague\u2019s, and forgets a colleague\u2019s key only after a confirmation', async () => {
    const ben = newIdentity(NOW);
    const amara = newIdentity(NOW);
    const chloe = newIdentity(NOW);
    const app = await openMember(
      sessions,
      settingsOf(BEN, ben, [
        pinned(AMARA, amara, '2026-11-20T09:30:00.000Z'),
        pinned('Cllr Chloe Dean', chloe, '2026-11-21T14:05:00.000Z'),
      ]),
      { path: '#/settings' },
    );
    const { page } = app;
    const keys = page.getByRole('region', { name: 'Your key and your colleagues\u2019 keys' });
    await keys.waitFor();
    const fact = (term: string) =>
      keys.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd');
    expect(await fact('Your fingerprint').innerText()).toBe(fingerprint(ben.publicKey));
    expect(await fact('Shown to colleagues as').innerText()).toBe(BEN);
    expect(await fact('Member id').innerText()).toBe(ben.memberId);
    expect(fingerprint(ben.publicKey)).toMatch(/^[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}$/);

    const list = keys.getByRole('list', { name: 'Colleagues\u2019 keys' });
    expect(await list.getByRole('listitem').count()).toBe(2);
    const amaraItem = list.getByRole('listitem').filter({ hasText: AMARA });
    expect(await amaraItem.innerText()).toContain(
      `${AMARA}: fingerprint ${fingerprint(amara.publicKey)}, first seen 20 November 2026`,
    );
    expect(
      await list.getByRole('listitem').filter({ hasText: 'Cllr Chloe Dean' }).innerText(),
    ).toContain(`fingerprint ${fingerprint(chloe.publicKey)}, first seen 21 November 2026`);
    expect(await seriousViolations(page)).toEqual([]);

    // Asking first; "Keep it" keeps it.
    await amaraItem.getByRole('button', { name: `Forget ${AMARA}\u2019s key…` }).click();
    const confirm = amaraItem.getByRole('group', { name: `Forget ${AMARA}\u2019s key?` });
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain(fingerprint(amara.publicKey));
    expect(await seriousViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Keep it' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect((await readRows<Settings>(page, 'settings'))[0]?.colleagues).toHaveLength(2);

    await amaraItem.getByRole('button', { name: `Forget ${AMARA}\u2019s key…` }).click();
    await amaraItem.getByRole('button', { name: 'Forget this key' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Forgot ${AMARA}\u2019s key.` })
      .waitFor();
    await amaraItem.waitFor({ state: 'detached' });
    expect(
      (await readRows<Settings>(page, 'settings'))[0]?.colleagues.map((c) => c.memberId),
    ).toEqual([chloe.memberId]);
    await app.restart();
    await app.page.goto(`${app.url}#/settings`);
    await app.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await app.page.getByRole('listitem').filter({ hasText: 'Cllr Chloe Dean' }).waitFor();
    expect(await app.page.getByRole('listitem').filter({ hasText: AMARA }).count()).toBe(0);
  });
});

describe('files that do not come from who they say: one line each, nothing written', () => {
  it('refuses another key under a known member\u2019s name or id, a bad or cut signature, and a file claiming my member id', async () => {
    const ben = newIdentity(NOW);
    const amara = newIdentity(NOW);
    const mallory = newIdentity(NOW);
    const amaraNote = signedNote(AMARA, amara, 0, 'Amara: ask about pathway plans.', 'ann-amara');
    const benNote = signedNote(BEN, ben, 1, 'Ben: ask about management oversight.', 'ann-ben');
    const { page } = await openMember(sessions, settingsOf(BEN, ben, [pinned(AMARA, amara)]), {
      annotations: [amaraNote, benNote],
      path: '#/sharing',
    });
    await page.getByRole('heading', { level: 1, name: 'Share notes' }).waitFor();
    const before = await snapshot(page);

    const forgedNote = signedNote(
      AMARA,
      mallory,
      1,
      'Forged under Amara\u2019s name.',
      'ann-forged',
    );
    const genuine = buildBundle(
      copyOf(AMARA, amara, [amaraNote]),
      { type: 'everything' },
      AMARA,
      NOW,
    );
    const cut = {
      ...genuine,
      signature: genuine.signature
        ? { ...genuine.signature, value: genuine.signature.value.slice(0, 64) }
        : undefined,
    };
    const files = {
      'another key under Amara\u2019s name': buildBundle(
        copyOf(AMARA, mallory, [forgedNote]),
        { type: 'everything' },
        AMARA,
        NOW,
      ),
      'another key under Amara\u2019s member id': buildBundle(
        copyOf(AMARA, { ...mallory, memberId: amara.memberId }, [forgedNote]),
        { type: 'everything' },
        AMARA,
        NOW,
      ),
      'changed after signing': JSON.stringify(genuine).replace(
        'ask about pathway plans',
        'ask about nothing',
      ),
      'cut signature': cut,
      'my own member id': buildBundle(
        copyOf('Mallory', { ...mallory, memberId: ben.memberId }, [forgedNote]),
        { type: 'everything' },
        'Mallory',
        NOW,
      ),
    };
    const says: Record<keyof typeof files, RegExp> = {
      'another key under Amara\u2019s name': new RegExp(
        `signed by a key you do not know \\(fingerprint ${fingerprint(mallory.publicKey)}\\) under the name of ${AMARA}, whose key you already have \\(${fingerprint(amara.publicKey)}\\)`,
      ),
      'another key under Amara\u2019s member id': new RegExp(
        `says it is from ${AMARA} but is signed with a different key \\(fingerprint ${fingerprint(mallory.publicKey)}\\) from the one you accepted before`,
      ),
      'changed after signing': /the file's signature does not match what it holds/,
      'cut signature': /the file's signature is cut short/,
      'my own member id':
        /claims to come from you \(your member id\) but is signed with a key that is not yours/,
    };
    for (const [name, json] of Object.entries(files) as [keyof typeof files, unknown][]) {
      const line = await refusal(page, await bundleFile(`${name.replace(/\W+/g, '-')}.json`, json));
      expect(line, name).toMatch(/^These notes cannot be taken in, and nothing was changed: /);
      expect(line, name).toMatch(says[name]);
      expect(line.split('\n'), name).toHaveLength(1);
      expect(await page.getByRole('button', { name: 'Add these notes' }).count(), name).toBe(0);
      expect(await snapshot(page), name).toEqual(before);
    }
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('keeps a member\u2019s words when a hand-made file copies her note\u2019s id, writer and time and claims to supersede it', async () => {
    const amara = newIdentity(NOW);
    const mallory = newIdentity(NOW);
    const WORDS = 'Ask the director why pathway plans lag behind for 18 year olds.';
    const mine = signedNote(AMARA, amara, 0, WORDS, 'ann-amara');
    const app = await openMember(sessions, settingsOf(AMARA, amara), {
      annotations: [mine],
      path: '#/sharing',
    });
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Share notes' }).waitFor();

    // The copy: same id, writer, member id and creation time; new words, a made-up revision
    // that claims hers as its ancestor; sent by Mallory under her own new key, and unsigned.
    const edited = editAnnotation(
      mine,
      { body: 'FORGED: nothing to ask.' },
      AMARA,
      '2026-11-28T09:00:00.000Z',
      versionSigner(mallory),
    );
    const forged: Annotation = {
      ...edited,
      rev: 'rev-made-up',
      ancestors: [...edited.ancestors, mine.rev, 'rev-made-up-ancestor'],
    };
    const deleted: Annotation = {
      ...forged,
      body: '',
      deletedAt: '2026-11-28T09:05:00.000Z',
      rev: 'rev-made-up-2',
      ancestors: [...forged.ancestors, 'rev-made-up'],
    };
    const bySigned = buildBundle(
      copyOf('Mallory', mallory, [forged]),
      { type: 'everything' },
      'Mallory',
      NOW,
      { notes: 'everyone' },
    );
    const { signature: _none, ...unsigned } = buildBundle(
      { ...DEVON, annotations: [deleted], settings: null },
      { type: 'everything' },
      AMARA,
      NOW,
      { notes: 'everyone' },
    );

    for (const [name, json] of [
      ['signed-by-mallory.json', bySigned],
      ['unsigned.json', unsigned],
    ] as const) {
      await chooseNotesFile(page, await bundleFile(name, json));
      const box = page.locator('.merge-preview-box');
      await box.waitFor();
      expect(await box.innerText()).toMatch(
        /only their writers may change|only its writer may change/,
      );
      const add = page.getByRole('button', { name: 'Add these notes' });
      if ((await add.count()) > 0) {
        await add.click();
        await receiving(page)
          .getByText(/^Took in the notes from /)
          .waitFor();
      } else {
        await page.getByRole('button', { name: 'Cancel' }).click();
      }
      const stored = (await readRows<Annotation>(page, 'annotations')).find(
        (a) => a.id === mine.id,
      );
      expect(stored?.body, name).toBe(WORDS);
      expect(stored?.rev, name).toBe(mine.rev);
      expect(stored?.deletedAt, name).toBeNull();
    }

    // And she still reads, and may still change, her own words on the report.
    await page.goto(`${app.url}#/report/rep-devon`);
    const card = page.getByRole('article').first();
    await card.getByRole('button', { name: /^Notes \(/ }).click();
    expect(await card.getByRole('textbox', { name: 'Note' }).first().inputValue()).toBe(WORDS);
  });
});

/** A fresh profile that imports the Durham-shaped report by pasting its text, as a member would. */
async function importReport(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Import a report' }).waitFor();
  await page.getByLabel('Report text').fill(REPORT_TEXT);
  await page.getByRole('button', { name: 'Read report' }).click();
  await chooseAuthority(page, 'Durham', '840');
  await page.getByRole('button', { name: 'Save report' }).click();
  await page.waitForURL(/#\/report\//);
  await page.getByRole('article').first().waitFor();
}

describe('notes on a report the receiver never imported', () => {
  it('arrive with the report, marked as received from the sender, every note placed; the receiver\u2019s own import later merges with it', async () => {
    // Amara imports the report and writes five notes on five findings (signed by her app-made key).
    const amaraApp = await openApp('#/import');
    sessions.push(amaraApp);
    const amaraPage = amaraApp.page;
    await importReport(amaraPage);
    const [stored] = await readRows<Settings>(amaraPage, 'settings');
    const amara = stored?.identity;
    if (!stored || !amara) throw new Error('Amara\u2019s install made no identity');
    const findings = (await readRows<Finding>(amaraPage, 'findings'))
      .sort((a, b) => a.order - b.order)
      .slice(0, 5);
    expect(findings).toHaveLength(5);
    const notes = findings.map((f, i) =>
      createAnnotation(
        {
          kind: 'note',
          target: { reportId: f.reportId, findingId: f.id, findingText: f.text, selector: null },
          body: `Amara\u2019s note ${i + 1}`,
        },
        AMARA,
        `2026-11-27T09:0${i}:00.000Z`,
        `ann-amara-${i}`,
        amara.memberId,
        versionSigner(amara),
      ),
    );
    await putRows(amaraPage, { settings: [{ ...stored, memberName: AMARA }], annotations: notes });
    await amaraPage.reload();
    await nav(amaraPage, 'Share notes');
    const [download] = await Promise.all([
      amaraPage.waitForEvent('download'),
      amaraPage.getByRole('button', { name: 'Save my notes to a file…' }).click(),
    ]);
    const bundlePath = join(folder, download.suggestedFilename());
    await download.saveAs(bundlePath);
    const reportId = findings[0]?.reportId;

    // Ben has never imported it.
    const benApp = await openApp('#/sharing');
    sessions.push(benApp);
    const ben = benApp.page;
    await ben.getByRole('heading', { level: 1, name: 'Share notes' }).waitFor();
    await chooseNotesFile(ben, bundlePath);
    const table = ben.getByRole('table');
    await table.getByRole('row', { name: /New notes to add/ }).waitFor();
    expect(
      await table
        .getByRole('row', { name: /New notes to add/ })
        .getByRole('cell')
        .textContent(),
    ).toBe('5');
    expect(
      await table
        .getByRole('row', { name: /Cannot be placed/ })
        .getByRole('cell')
        .textContent(),
    ).toBe('0');
    // First time: Amara's fingerprint to compare out loud.
    await ben
      .getByText(
        `This file is signed by ${AMARA} with a key you have not seen before, fingerprint ${fingerprint(amara.publicKey)}.`,
        { exact: false },
      )
      .waitFor();
    await ben
      .getByText(
        /A report you have not imported comes with these notes and will be added, marked as received from Cllr Amara Okafor/,
      )
      .waitFor();
    expect(await seriousViolations(ben)).toEqual([]);
    await ben.getByRole('button', { name: 'Add these notes' }).click();
    await receiving(ben)
      .getByText(/^Took in the notes from .*: added 5, updated 0, in conflict 0\.$/)
      .waitFor();

    const placed = await readRows<Annotation>(ben, 'annotations');
    expect(placed.map((a) => [a.id, a.orphaned, a.target.findingId]).sort()).toEqual(
      notes.map((a) => [a.id, false, a.target.findingId]).sort(),
    );
    // Her key is kept, with its fingerprint in Ben's Settings.
    await nav(ben, 'Settings');
    await ben
      .getByRole('list', { name: 'Colleagues\u2019 keys' })
      .getByRole('listitem')
      .filter({ hasText: `${AMARA}: fingerprint ${fingerprint(amara.publicKey)}` })
      .waitFor();

    // The library and the report say where it came from; every note is on its finding.
    await nav(ben, 'Reports');
    const mark = `Received from ${AMARA} with their notes`;
    const card = ben.getByRole('listitem').filter({ hasText: mark });
    await card.waitFor();
    await card.getByRole('link').first().click();
    await ben.waitForURL(new RegExp(`#/report/${reportId}`));
    await ben.getByText(`${mark}: you have not imported it yourself.`, { exact: false }).waitFor();
    expect(await ben.getByRole('button', { name: 'Notes (1)' }).count()).toBe(5);
    expect(await seriousViolations(ben)).toEqual([]);

    // Ben imports the same report himself: one report, his own now, the notes as they were.
    await ben.goto(`${benApp.url}#/import`);
    await importReport(ben);
    const reports = await readRows<{ id: string; receivedFrom?: unknown }>(ben, 'reports');
    expect(reports.map((r) => [r.id, r.receivedFrom])).toEqual([[reportId, undefined]]);
    expect(await ben.getByText(mark).count()).toBe(0);
    expect(await ben.getByRole('button', { name: 'Notes (1)' }).count()).toBe(5);
    expect((await readRows<Annotation>(ben, 'annotations')).map((a) => a.body).sort()).toEqual(
      notes.map((a) => a.body).sort(),
    );
    await nav(ben, 'Reports');
    await ben.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    await ben.getByText('1 report from 1 authority', { exact: false }).waitFor();
    expect(await ben.getByText(mark).count()).toBe(0);
  });
});

describe('moving to a new computer', () => {
  it('restoring a backup into a fresh profile brings the same member id and key, and my notes stay mine to change', async () => {
    const WORDS = 'Raise the pathway plans at panel.';
    // The old laptop: the app made Amara's identity; she writes a note and backs up.
    const old = await openApp('#/import');
    sessions.push(old);
    await importReport(old.page);
    const [oldSettings] = await readRows<Settings>(old.page, 'settings');
    const identity = oldSettings?.identity;
    if (!oldSettings || !identity) throw new Error('no identity');
    await putRows(old.page, { settings: [{ ...oldSettings, memberName: AMARA }] });
    await old.page.reload();
    const first = old.page.getByRole('article').first();
    await first.getByRole('button', { name: 'Annotate' }).click();
    await first.getByRole('button', { name: 'Add a note' }).click();
    const box = first.getByRole('textbox', { name: 'Note' });
    await box.fill(WORDS);
    await box.blur();
    await first.getByText('Saved', { exact: false }).first().waitFor();
    await nav(old.page, 'Settings');
    const [backup] = await Promise.all([
      old.page.waitForEvent('download'),
      old.page.getByRole('button', { name: 'Back up now' }).click(),
    ]);
    const backupPath = join(folder, backup.suggestedFilename());
    await backup.saveAs(backupPath);
    expect(JSON.parse(await readFile(backupPath, 'utf8')).data.settings.identity).toEqual(identity);

    // The new laptop starts with an identity of its own.
    const fresh = await openApp('#/settings');
    sessions.push(fresh);
    const page = fresh.page;
    const myPrint = page
      .locator('dt', { hasText: 'Your fingerprint' })
      .locator('xpath=following-sibling::dd');
    await myPrint.waitFor();
    expect(await myPrint.innerText()).not.toBe(fingerprint(identity.publicKey));
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Restore from a file…' }).click();
    await (await chooser).setFiles(backupPath);
    const safetyCopy = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Replace my workspace with this file' }).click();
    await safetyCopy;
    await page.getByRole('status').filter({ hasText: 'Restored your workspace' }).waitFor();
    await page.getByText(fingerprint(identity.publicKey), { exact: true }).waitFor();
    expect((await readRows<Settings>(page, 'settings'))[0]?.identity).toEqual(identity);

    // Her note is still hers: she changes it, and the change is signed by the same member.
    await fresh.restart();
    const [restored] = await readRows<Annotation>(fresh.page, 'annotations');
    await fresh.page.goto(`${fresh.url}#/report/${restored?.target.reportId}`);
    const card = fresh.page.getByRole('article').first();
    await card.getByRole('button', { name: 'Notes (1)' }).click();
    const note = card.getByRole('textbox', { name: 'Note' });
    expect(await note.inputValue()).toBe(WORDS);
    expect(await card.getByRole('button', { name: /Copy .* into my own note/ }).count()).toBe(0);
    await note.fill(`${WORDS} And ask for the audit.`);
    await note.blur();
    await card.getByText('Saved', { exact: false }).first().waitFor();
    const [changed] = await readRows<Annotation>(fresh.page, 'annotations');
    expect(changed?.body).toBe(`${WORDS} And ask for the audit.`);
    expect(changed?.authorId).toBe(identity.memberId);
    expect(changed?.rev).not.toBe(restored?.rev);
  });
});
