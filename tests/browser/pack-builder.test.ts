// A clerk building a pack in real Chromium: findings listed in report order under their report
// and section, filtered to the member's own marks or to questions, a confirmation before adding
// more than 50, focus kept on the moved item, and the recommendations tracker filled in from
// the pack builder and from the report view, printed in the pack.
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launch, openApp, type AppSession } from './harness';
import { putRows, readRows } from './store';
import { seriousViolations } from './axe';
import { MEETING, finding, fixturePack, fixtureWorkspace } from '../fixtures/packs/workspace';
import type { Action, Finding, Settings } from '../../shared/model';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

const MEMBER = 'Cllr Amara Okafor';

async function seed(session: AppSession, extra: Finding[] = []): Promise<void> {
  const data = fixtureWorkspace();
  const [settings] = await readRows<Settings>(session.page, 'settings');
  await putRows(session.page, {
    reports: data.reports,
    judgements: data.judgements,
    sections: data.sections,
    findings: [...data.findings, ...extra],
    annotations: data.annotations,
    actions: [],
    meetings: [MEETING],
    packs: [fixturePack({ items: [] })],
    settings: [{ ...settings, memberName: MEMBER }],
  });
}

/** Open the recommendations tracker on the page and give the row of the one recommendation. */
async function trackerRow(page: Page): Promise<Locator> {
  await page.getByText('Recommendations tracker (1 recommendation)').click();
  return page.getByRole('group', { name: /^Recommendation: Improve the sufficiency of homes/ });
}

/** The seeded workspace's Devon report, with its recommendations tracker opened. */
async function trackerInReport(session: AppSession): Promise<Locator> {
  const { page } = session;
  await page.getByRole('heading', { level: 1, name: 'Meetings and packs' }).waitFor();
  await seed(session);
  await page.goto(page.url().replace(/#.*$/, '#/report/devon-2025'));
  return trackerRow(page);
}

async function openPack(session: AppSession): Promise<void> {
  await session.page.goto(session.page.url().replace(/#.*$/, '#/packs/pack-1'));
  await session.page.getByRole('heading', { level: 1, name: /^Briefing pack:/ }).waitFor();
}

describe('the pack builder for clerks', () => {
  it('lists findings in report order under report and section, filters to my marks or to questions, and keeps focus on a moved item', async () => {
    app = await openApp('#/packs');
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Meetings and packs' }).waitFor();
    await seed(app);
    await openPack(app);

    const chooser = page.getByRole('region', {
      name: 'Findings you can add, by report and section',
    });
    // Newest report first; each report's findings in the order the report has them.
    const groups = await chooser.getByRole('heading', { level: 3 }).allTextContents();
    expect(groups).toEqual([
      'Devon ILACS inspection 2025: The experiences and progress of children in care',
      'Devon ILACS inspection 2025: What needs to improve',
      'Devon ILACS inspection 2025: The experiences and progress of children in care',
      'Devon ILACS inspection 2022: The experiences and progress of children in care',
    ]);
    const boxes = await chooser
      .getByRole('checkbox')
      .evaluateAll((els) => els.map((e) => e.parentElement?.textContent ?? ''));
    expect(boxes.map((t) => /(\w+) (?:finding|recommendation)\)/.exec(t)?.[1])).toEqual([
      'Zanzibar',
      'Quixote',
      'Marmalade',
      'Yodel',
      'Kumquat',
    ]);
    expect(boxes[0]).toContain('(Devon ILACS inspection 2025)');

    // Only the findings this member has written on: Zanzibar (a note and a question) and Yodel.
    await page.getByRole('checkbox', { name: 'Only findings I’ve annotated or rated' }).check();
    await page.getByText('2 findings match.').waitFor();
    await page.getByRole('button', { name: 'Add all 2 matching findings' }).click();
    const chosen = page.getByRole('list', { name: 'Chosen for the pack, in order' });
    await expect
      .poll(() => chosen.getByRole('listitem').allTextContents())
      .toEqual([expect.stringContaining('Zanzibar'), expect.stringContaining('Yodel')]);

    // From questions: only Zanzibar has a question for officers.
    await page.getByRole('checkbox', { name: 'Only findings I’ve annotated or rated' }).uncheck();
    await page.getByRole('checkbox', { name: 'Only findings with questions for officers' }).check();
    await page.getByText('1 finding matches.').waitFor();
    await page
      .getByRole('checkbox', { name: 'Only findings with questions for officers' })
      .uncheck();
    await page.getByRole('checkbox', { name: /Quixote finding/ }).check();
    await expect.poll(() => chosen.getByRole('listitem').count()).toBe(3);

    // Move down by keyboard twice: focus stays on the moved item's button, then (at the end of
    // the list, where Move down is disabled) on its Move up button.
    await page.getByRole('button', { name: /^Move down: .*Zanzibar/ }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => chosen.getByRole('listitem').nth(1).textContent())
      .toContain('Zanzibar');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toMatch(/^Move down: .*Zanzibar/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => chosen.getByRole('listitem').nth(2).textContent())
      .toContain('Zanzibar');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toMatch(/^Move up: .*Zanzibar/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => chosen.getByRole('listitem').nth(1).textContent())
      .toContain('Zanzibar');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toMatch(/^Move up: .*Zanzibar/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('asks before adding more than 50 findings at once, and adds nothing when the clerk says no', async () => {
    app = await openApp('#/packs');
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Meetings and packs' }).waitFor();
    await seed(
      app,
      Array.from({ length: 60 }, (_, i) =>
        finding('devon-2025', 10 + i, 'context', `Context paragraph ${i} (Bulk finding).`, [
          'partnerships',
        ]),
      ),
    );
    await openPack(app);
    const chosen = page.getByRole('list', { name: 'Chosen for the pack, in order' });
    // A few at a time is not asked about.
    await page
      .getByRole('combobox', { name: /^Kind/ })
      .selectOption({ label: 'Area for improvement' });
    await page.getByRole('button', { name: 'Add all 3 matching findings' }).click();
    await expect.poll(() => chosen.getByRole('listitem').count()).toBe(3);

    await page.getByRole('combobox', { name: /^Kind/ }).selectOption({ label: 'All kinds' });
    const messages: string[] = [];
    page.once('dialog', (dialog) => {
      messages.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('button', { name: 'Add all 65 matching findings' }).click();
    await expect
      .poll(() => messages)
      .toEqual([expect.stringMatching(/^Add 62 findings to the pack\?/)]);
    expect(await chosen.getByRole('listitem').count()).toBe(3);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Add all 65 matching findings' }).click();
    await expect.poll(() => chosen.getByRole('listitem').count()).toBe(65);
  });

  it('fills in the recommendations tracker in the pack builder and the report view; the pack prints it', async () => {
    app = await openApp('#/packs');
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Meetings and packs' }).waitFor();
    await seed(app);
    await openPack(app);
    await page.getByRole('checkbox', { name: /Marmalade recommendation/ }).check();
    const preview = page.locator('.pack-preview');
    await expect.poll(() => preview.textContent()).toContain('Not yet assigned');

    await page.getByText('Recommendations tracker (1 recommendation)').click();
    const row = page.getByRole('group', {
      name: /^Recommendation: Improve the sufficiency of homes/,
    });
    await row.getByLabel('Owner').fill('Head of Placements');
    await row.getByLabel('Due date').fill('2026-11-30');
    await row.getByLabel('Status').selectOption({ label: 'In progress' });
    await row
      .getByLabel('Evidence')
      .fill('Sufficiency strategy agreed in October (Evidence Puffin).');
    await expect.poll(() => preview.textContent()).toContain('Evidence Puffin');
    const text = (await preview.textContent()) ?? '';
    for (const words of ['Head of Placements', '30 November 2026', 'In progress'])
      expect(text).toContain(words);
    await expect
      .poll(async () =>
        (await readRows<Action>(page, 'actions')).map((a) => [
          a.findingId,
          a.owner,
          a.dueOn,
          a.status,
        ]),
      )
      .toEqual([['devon-2025-f3', 'Head of Placements', '2026-11-30', 'in_progress']]);

    // The same tracker from the report view, with what the pack builder saved.
    await page.goto(page.url().replace(/#.*$/, '#/report/devon-2025'));
    await page.getByText('Recommendations tracker (1 recommendation)').click();
    const inReport = page.getByRole('group', {
      name: /^Recommendation: Improve the sufficiency of homes/,
    });
    await expect(inReport.getByLabel('Owner').inputValue()).resolves.toBe('Head of Placements');
    await inReport.getByLabel('Status').selectOption({ label: 'Complete' });
    await expect
      .poll(async () => (await readRows<Action>(page, 'actions')).map((a) => a.status))
      .toEqual(['complete']);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('keeps the tracker evidence a clerk typed just before closing the tab', async () => {
    app = await openApp('#/packs');
    const { page } = app;
    const row = await trackerInReport(app);
    // Typed key by key, as a clerk does, and the tab closed at once: nothing waits for a save.
    await row
      .getByLabel('Evidence')
      .pressSequentially('Panel saw the sufficiency plan (Evidence Kestrel)');
    await page.close();
    await app.context.close().catch(() => undefined);

    app.context = await launch(app.profile);
    app.page = await app.context.newPage();
    await app.page.goto(`${app.url}#/report/devon-2025`);
    const reopened = await trackerRow(app.page);
    await expect
      .poll(() => reopened.getByLabel('Evidence').inputValue())
      .toBe('Panel saw the sufficiency plan (Evidence Kestrel)');
    expect(
      (await readRows<Action>(app.page, 'actions')).map((a) => [a.findingId, a.evidence]),
    ).toEqual([['devon-2025-f3', 'Panel saw the sufficiency plan (Evidence Kestrel)']]);
  });

  it('keeps what a clerk typed when she folds the tracker away at once, and opens it again with her words', async () => {
    app = await openApp('#/packs');
    const { page } = app;
    const row = await trackerInReport(app);
    await row.getByLabel('Owner').pressSequentially('Head of Fostering (Owner Heron)');
    // Folded away mid-pause: its fields go, and what was typed is saved as they go.
    await page.getByText('Recommendations tracker (1 recommendation)').click();
    await expect.poll(() => row.count()).toBe(0);
    await expect
      .poll(async () => (await readRows<Action>(page, 'actions')).map((a) => a.owner))
      .toEqual(['Head of Fostering (Owner Heron)']);
    await page.getByText('Recommendations tracker (1 recommendation)').click();
    await expect
      .poll(() => row.getByLabel('Owner').inputValue())
      .toBe('Head of Fostering (Owner Heron)');
  });

  it('asks before leaving while the tracker is still saving what the clerk typed', async () => {
    app = await openApp('#/packs');
    const { page } = app;
    const row = await trackerInReport(app);
    await row.getByLabel('Owner').pressSequentially('Head of Placements');
    const prompt = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const dialog = await prompt;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    // Staying on the page, the words are stored.
    await expect
      .poll(async () => (await readRows<Action>(page, 'actions')).map((a) => a.owner))
      .toEqual(['Head of Placements']);
  });
});
