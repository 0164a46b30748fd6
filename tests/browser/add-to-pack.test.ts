// Adding to a briefing pack straight from the Themes and Questions screens, in real Chromium, by
// keyboard: a theme's findings or the findings behind the listed questions go to the chosen pack
// (or a new one), more than 50 asks first, and the screen says what was added with a link to it.
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './harness';
import { putRows, readRows } from './store';
import { seriousViolations } from './axe';
import { MEETING, finding, fixturePack, fixtureWorkspace, note } from '../fixtures/packs/workspace';
import type { BriefingPack, Finding, Settings } from '../../shared/model';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

const PACK = 'Ofsted ILACS 2025: briefing for members';

async function seed(session: AppSession, extra: Finding[] = []): Promise<void> {
  const data = fixtureWorkspace();
  const [settings] = await readRows<Settings>(session.page, 'settings');
  const [, quixote] = data.findings;
  if (!quixote) throw new Error('the fixture has a second finding');
  await putRows(session.page, {
    reports: data.reports,
    judgements: data.judgements,
    sections: data.sections,
    findings: [...data.findings, ...extra],
    // An open question on Quixote (the fixture's other question is answered, so not listed).
    annotations: [
      ...data.annotations,
      note(
        'q2',
        quixote,
        'Cllr Amara Okafor',
        'How often are children visited? (Osprey question)',
        {
          kind: 'question',
          question: { status: 'to_ask', answer: '' },
        },
      ),
    ],
    actions: [],
    meetings: [MEETING],
    packs: [fixturePack({ items: [] })],
    settings: [{ ...settings, memberName: 'Cllr Amara Okafor' }],
  });
  // Written past Dexie, so the screen reads them afresh.
  await session.page.reload();
}

const packs = (session: AppSession) => readRows<BriefingPack>(session.page, 'packs');

describe('adding to a pack from Themes and Questions', () => {
  it('adds a theme’s findings to the chosen pack by keyboard, says what it added, and adds nothing twice', async () => {
    app = await openApp('#/themes');
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Themes' }).waitFor();
    await seed(app);
    await page.getByRole('link', { name: 'care leavers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Theme: care leavers' }).waitFor();

    const region = page.getByRole('region', { name: 'Add to a briefing pack' });
    await expect
      .poll(() => region.getByRole('combobox', { name: 'Pack' }).inputValue())
      .toBe('pack-1');
    expect(
      await region.getByRole('combobox', { name: 'Pack' }).getByRole('option').allTextContents(),
    ).toEqual([`${PACK} (meeting 14 April 2026)`, 'A new pack']);
    const button = region.getByRole('button', {
      name: 'Add the 2 findings on care leavers to the pack',
    });
    await button.focus();
    await page.keyboard.press('Enter');
    const status = region.getByRole('status');
    await expect
      .poll(() => status.textContent())
      .toBe(`Added 2 findings to “${PACK}”. Open “${PACK}”`);
    // Newest report first, as the theme lists them.
    expect((await packs(app))[0]?.items).toEqual([
      { type: 'finding', findingId: 'devon-2025-f1' },
      { type: 'finding', findingId: 'devon-2022-f1' },
    ]);

    await page.keyboard.press('Enter');
    await expect
      .poll(() => status.textContent())
      .toBe(`Nothing added: all 2 findings are in “${PACK}” already. Open “${PACK}”`);
    expect((await packs(app))[0]?.items).toHaveLength(2);
    expect(await seriousViolations(page)).toEqual([]);

    // The link opens the pack, which lists them.
    await region.getByRole('link', { name: `Open “${PACK}”` }).click();
    const chosen = page.getByRole('list', { name: 'Chosen for the pack, in order' });
    await expect
      .poll(() => chosen.getByRole('listitem').allTextContents())
      .toEqual([expect.stringContaining('Zanzibar'), expect.stringContaining('Kumquat')]);
  });

  it('asks before adding more than 50 of a theme’s findings, and adds nothing when the member says no', async () => {
    app = await openApp('#/themes');
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Themes' }).waitFor();
    await seed(
      app,
      Array.from({ length: 60 }, (_, i) =>
        finding('devon-2025', 10 + i, 'context', `Context paragraph ${i} (Bulk finding).`, [
          'partnerships',
        ]),
      ),
    );
    await page.getByRole('link', { name: 'partnerships' }).click();
    const region = page.getByRole('region', { name: 'Add to a briefing pack' });
    const button = region.getByRole('button', {
      name: 'Add the 60 findings on partnerships to the pack',
    });
    const messages: string[] = [];
    page.once('dialog', (dialog) => {
      messages.push(dialog.message());
      void dialog.dismiss();
    });
    await button.click();
    await expect
      .poll(() => messages)
      .toEqual([expect.stringMatching(/^Add 60 findings to the pack\? That is a long paper;/)]);
    await expect.poll(() => region.getByRole('status').textContent()).toBe('Nothing added.');
    expect((await packs(app))[0]?.items).toEqual([]);

    page.once('dialog', (dialog) => void dialog.accept());
    await button.click();
    await expect
      .poll(() => region.getByRole('status').textContent())
      .toBe(`Added 60 findings to “${PACK}”. Open “${PACK}”`);
    expect((await packs(app))[0]?.items).toHaveLength(60);
  });

  it('adds the findings behind the listed open questions to a new pack', async () => {
    app = await openApp('#/questions');
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Questions and follow-ups' }).waitFor();
    await seed(app);
    await page
      .getByRole('combobox', { name: 'Show' })
      .selectOption({ label: 'Open questions only' });
    const region = page.getByRole('region', { name: 'Add to a briefing pack' });
    await region.getByRole('combobox', { name: 'Pack' }).selectOption({ label: 'A new pack' });
    await region
      .getByRole('button', {
        name: 'Add the 1 finding behind these questions and follow-ups to the pack',
      })
      .click();
    await expect
      .poll(() => region.getByRole('status').textContent())
      .toBe('Added 1 finding to “Briefing pack”. Open “Briefing pack”');
    const made = (await packs(app)).find((p) => p.id !== 'pack-1');
    expect(made?.items).toEqual([{ type: 'finding', findingId: 'devon-2025-f2' }]);
    expect(made?.meetingId).toBe(MEETING.id);
    // The new pack is now the one chosen, and the first is untouched.
    await expect
      .poll(() => region.getByRole('combobox', { name: 'Pack' }).inputValue())
      .toBe(made?.id);
    expect((await packs(app)).find((p) => p.id === 'pack-1')?.items).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
