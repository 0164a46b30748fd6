// Pasted text that is not an inspection report (a shopping list) is refused with one line saying
// what to do, and nothing is stored: no report, no "Unknown authority" in the library.
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './harness';
import { readRows } from './store';
import { seriousViolations } from './axe';
import { NOT_A_REPORT } from '../../shared/import/not-a-report';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

const SHOPPING =
  'Shopping list\nMilk\nEggs\nBread\nTwo tins of chopped tomatoes\nWashing up liquid\nCheese for Saturday\nBin bags\n';

describe('pasting text that is not a report', () => {
  it('says so in one line and stores nothing', async () => {
    app = await openApp('#/import');
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Import a report' }).waitFor();
    await page.getByLabel('Report text').fill(SHOPPING);
    await page.getByRole('button', { name: 'Read report' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(NOT_A_REPORT);
    expect(
      await page.getByRole('heading', { level: 1, name: 'Check the report before saving' }).count(),
    ).toBe(0);
    expect(await page.getByRole('button', { name: 'Save report' }).count()).toBe(0);
    expect(await readRows(page, 'reports')).toEqual([]);
    expect(await readRows(page, 'authorities')).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Reports' })
      .click();
    await page.getByText('You have no inspection reports yet.').waitFor();
  });
});
