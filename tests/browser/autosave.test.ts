// No keystroke lost, in real Chromium: a member types and closes the tab at once, or the browser
// is killed (SIGKILL) at once, and on reopening the words are there; the same for a pack's title
// typed just before leaving the screen; a note added and left empty is never stored; and while a
// save is on its way the browser asks before leaving.
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation, BriefingPack } from '../../shared/model';
import { DEFAULT_PACK_OPTIONS } from '../../shared/model';
import { launch, type AppSession } from './harness';
import { browserPid, memberProfile, REPORT_ID } from './member-seed';
import { readRows } from './store';

const AMARA = 'Cllr Amara Okafor';
const WORDS = 'Ask the director why pathway plans lag for 18 year olds';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

/** Open the same profile again after the browser closed or died, at the report. */
async function reopen(session: AppSession, path: string): Promise<void> {
  await session.context.close().catch(() => undefined);
  session.context = await launch(session.profile);
  session.page = await session.context.newPage();
  await session.page.goto(`${session.url}${path}`);
}

async function typeANote(session: AppSession): Promise<void> {
  const card = session.page.getByRole('article').first();
  await card.getByRole('button', { name: 'Annotate' }).click();
  await card.getByRole('button', { name: 'Add a note' }).click();
  // Typed key by key, as a member does; nothing waits for "Saved".
  await card.getByRole('textbox', { name: 'Note' }).pressSequentially(WORDS);
}

async function notesAfterReopening(session: AppSession): Promise<Annotation[]> {
  await session.page.getByRole('article').first().waitFor();
  // The first screen has opened the store, which folds in anything left in the journal.
  return (await readRows<Annotation>(session.page, 'annotations')).filter((a) => a.kind === 'note');
}

describe('no keystroke lost', () => {
  it('keeps a note typed just before the tab is closed, with no empty note left behind', async () => {
    app = await memberProfile(AMARA, `#/report/${REPORT_ID}`);
    await typeANote(app);
    await app.page.close();
    await reopen(app, `#/report/${REPORT_ID}`);
    const notes = await notesAfterReopening(app);
    expect(notes.map((n) => n.body)).toEqual([WORDS]);
    const card = app.page.getByRole('article').first();
    await card.getByRole('button', { name: 'Notes (1)' }).click();
    expect(await card.getByRole('textbox', { name: 'Note' }).inputValue()).toBe(WORDS);
  });

  it('keeps a note typed just before the browser is killed', async () => {
    app = await memberProfile(AMARA, `#/report/${REPORT_ID}`);
    await typeANote(app);
    process.kill(await browserPid(app.profile), 'SIGKILL');
    await reopen(app, `#/report/${REPORT_ID}`);
    expect((await notesAfterReopening(app)).map((n) => n.body)).toEqual([WORDS]);
  });

  it('stores no note when one is added and left empty', async () => {
    app = await memberProfile(AMARA, `#/report/${REPORT_ID}`);
    const card = app.page.getByRole('article').first();
    await card.getByRole('button', { name: 'Annotate' }).click();
    await card.getByRole('button', { name: 'Add a note' }).click();
    await card.getByRole('textbox', { name: 'Note' }).waitFor();
    await card.getByRole('button', { name: 'Close notes' }).click();
    await app.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Reports' })
      .click();
    await app.page.close();
    await reopen(app, `#/report/${REPORT_ID}`);
    expect(await notesAfterReopening(app)).toEqual([]);
  });

  it('deletes a note typed a moment ago for good, words and all, even as they are being saved', async () => {
    app = await memberProfile(AMARA, `#/report/${REPORT_ID}`);
    await typeANote(app);
    const card = app.page.getByRole('article').first();
    await card.getByRole('button', { name: 'Delete note' }).click();
    await card.getByRole('button', { name: 'Undo' }).waitFor();
    expect(await card.getByRole('textbox', { name: 'Note' }).count()).toBe(0);
    await app.page.close();
    await reopen(app, `#/report/${REPORT_ID}`);
    const notes = await notesAfterReopening(app);
    expect(notes.map((n) => [n.body, n.deletedAt !== null])).toEqual([[WORDS, true]]);
    expect(
      await app.page.getByRole('article').first().getByRole('button', { name: 'Annotate' }).count(),
    ).toBe(1);
  });

  it('brings back with Undo the words of a note deleted as they were being saved', async () => {
    app = await memberProfile(AMARA, `#/report/${REPORT_ID}`);
    await typeANote(app);
    const card = app.page.getByRole('article').first();
    await card.getByRole('button', { name: 'Delete note' }).click();
    await card.getByRole('button', { name: 'Undo' }).click();
    expect(await card.getByRole('textbox', { name: 'Note' }).inputValue()).toBe(WORDS);
    await app.page.close();
    await reopen(app, `#/report/${REPORT_ID}`);
    expect((await notesAfterReopening(app)).map((n) => [n.body, n.deletedAt])).toEqual([
      [WORDS, null],
    ]);
  });

  it('asks before leaving while a note is still being saved', async () => {
    app = await memberProfile(AMARA, `#/report/${REPORT_ID}`);
    await typeANote(app);
    const prompt = app.page.waitForEvent('dialog');
    await app.page.close({ runBeforeUnload: true });
    const dialog = await prompt;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    // Staying on the page, the note finishes saving and says so.
    await app.page.getByRole('article').first().getByText('Saved', { exact: true }).waitFor();
  });
});

describe('a pack title typed just before leaving', () => {
  const pack = (): BriefingPack => ({
    id: 'pack-1',
    meetingId: null,
    title: 'Briefing pack',
    marking: 'OFFICIAL',
    exempt: false,
    author: AMARA,
    status: 'draft',
    options: { ...DEFAULT_PACK_OPTIONS },
    items: [{ type: 'report', reportId: REPORT_ID }],
    createdAt: '2026-11-27T09:00:00.000Z',
    modifiedAt: '2026-11-27T09:00:00.000Z',
  });

  async function typeTitle(session: AppSession): Promise<void> {
    const title = session.page.getByRole('textbox', { name: 'Title' });
    await title.fill('');
    await title.pressSequentially('Care leavers briefing');
  }

  it('is stored when the member leaves the screen at once', async () => {
    app = await memberProfile(AMARA, '#/packs/pack-1', [], [pack()]);
    await typeTitle(app);
    await app.page.getByRole('link', { name: 'Back to meetings and packs' }).click();
    await app.page.close();
    await reopen(app, '#/packs/pack-1');
    await app.page
      .getByRole('heading', { level: 1, name: 'Briefing pack: Care leavers briefing' })
      .waitFor();
    expect((await readRows<BriefingPack>(app.page, 'packs')).map((p) => p.title)).toEqual([
      'Care leavers briefing',
    ]);
  });

  it('is stored when the browser is killed at once', async () => {
    app = await memberProfile(AMARA, '#/packs/pack-1', [], [pack()]);
    await typeTitle(app);
    process.kill(await browserPid(app.profile), 'SIGKILL');
    await reopen(app, '#/packs/pack-1');
    await app.page
      .getByRole('heading', { level: 1, name: 'Briefing pack: Care leavers briefing' })
      .waitFor();
  });
});
