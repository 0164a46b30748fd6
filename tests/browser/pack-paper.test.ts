// A clerk turning a briefing into a committee paper in real Chromium: the committee-paper fields
// by their labels, the preview following them, and the fields kept after a restart.
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './harness';
import { putRows, readRows } from './store';
import { seriousViolations } from './axe';
import { MEETING, fixturePack, fixtureWorkspace } from '../fixtures/packs/workspace';
import type { BriefingPack } from '../../shared/model';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

async function seed(session: AppSession, pack: BriefingPack): Promise<void> {
  const data = fixtureWorkspace();
  await putRows(session.page, {
    reports: data.reports,
    judgements: data.judgements,
    sections: data.sections,
    findings: data.findings,
    annotations: data.annotations,
    actions: data.actions,
    meetings: [MEETING],
    packs: [pack],
  });
}

describe('the committee-paper fields of the pack builder', () => {
  it('fills council, report author, contact officer, what the committee is asked to, the exempt paragraph and the Ofsted address, and the preview follows', async () => {
    app = await openApp('#/packs');
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Meetings and packs' }).waitFor();
    await seed(app, fixturePack({ exempt: true }));
    await page.goto(page.url().replace(/#.*$/, '#/packs/pack-1'));
    await page.getByRole('heading', { level: 1, name: /^Briefing pack:/ }).waitFor();
    const preview = page.locator('.pack-preview');

    // Before anything is filled in: the default recommendations, and an exempt pack with no paragraph.
    await expect
      .poll(() => preview.textContent())
      .toContain('consider the questions for officers set out under Lines of enquiry;');
    await page
      .getByText(
        'This pack is exempt but names no paragraph of Schedule 12A: choose one under Committee paper in the pack details.',
      )
      .waitFor();

    await page.getByLabel('Council').fill('Devon County Council');
    await page.getByLabel('Report author').fill('Sam Clerk, Scrutiny Officer');
    await page.getByLabel('Contact officer', { exact: true }).fill('Priya Patel');
    await page.getByLabel('Contact officer’s email or telephone').fill('priya.patel@devon.example');
    await page
      .getByLabel('The committee is asked to')
      .fill('note the report;\nask for a progress report in six months.');
    await page
      .getByRole('group', { name: /Schedule 12A/ })
      .getByRole('checkbox', {
        name: /^2: Information which is likely to reveal the identity of an individual\.$/,
      })
      .check();
    await page
      .getByLabel(/^Ofsted address for Devon ILACS inspection 2025/)
      .fill('https://reports.ofsted.gov.uk/provider/44/80431');

    await expect
      .poll(() => preview.textContent())
      .toContain('https://reports.ofsted.gov.uk/provider/44/80431');
    const text = (await preview.textContent()) ?? '';
    for (const words of [
      'Devon County Council',
      'Report author: Sam Clerk, Scrutiny Officer',
      'Contact officer: Priya Patel, priya.patel@devon.example',
      'ask for a progress report in six months.',
      'not for publication by virtue of paragraph 2 of Part 1 of Schedule 12A to the Local Government Act 1972.',
    ]) {
      expect(text).toContain(words);
    }
    expect(text).not.toContain('consider the questions for officers');
    await expect(page.getByText(/names no paragraph of Schedule 12A/).count()).resolves.toBe(0);
    await page.getByText('All changes saved.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Stored with the pack, and back in the fields after a restart.
    const [stored] = await readRows<BriefingPack>(page, 'packs');
    expect(stored?.paper).toMatchObject({
      council: 'Devon County Council',
      exemptParagraphs: [2],
      contactOfficer: 'Priya Patel',
    });
    await app.restart();
    await app.page.goto(app.page.url().replace(/#.*$/, '#/packs/pack-1'));
    await expect(app.page.getByLabel('Council').inputValue()).resolves.toBe('Devon County Council');
    await expect(app.page.getByLabel('The committee is asked to').inputValue()).resolves.toBe(
      'note the report;\nask for a progress report in six months.',
    );
  });
});
