// A large pack in real Chromium: the PDF is built in a worker, so the member can keep typing while
// it is made, and progress is shown.
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './harness';
import { putRows } from './store';
import { scaledWorkspace } from '../fixtures/packs/workspace';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

describe('a large briefing pack', () => {
  it(
    'builds its PDF off the UI thread, with progress, while the member types',
    { timeout: 120_000 },
    async () => {
      app = await openApp('#/packs');
      const { page } = app;
      await page.getByText('No meetings yet.').waitFor();
      const data = scaledWorkspace(500, 1000);
      const rows = {
        reports: data.reports,
        judgements: data.judgements,
        sections: data.sections,
        findings: data.findings,
        annotations: data.annotations,
        actions: data.actions,
        meetings: data.meetings,
        packs: data.packs,
      };
      await putRows(page, rows);
      await page.goto(`${app.url}#/packs/pack-large`);
      await page.getByRole('heading', { level: 1, name: /^Briefing pack:/ }).waitFor();
      await expect
        .poll(() => page.locator('.pack-preview').textContent(), { timeout: 30_000 })
        .toContain('Finding 500:');

      const download = page.waitForEvent('download', { timeout: 90_000 });
      await page.getByRole('button', { name: 'Export to PDF' }).click();
      await page.getByRole('progressbar').waitFor();
      const title = page.getByLabel('Title');
      await title.fill('Typed while the PDF was being built');
      // The export has not finished, yet the typing has landed: the UI thread was free.
      await expect(page.getByRole('progressbar').isVisible()).resolves.toBe(true);
      await expect(title.inputValue()).resolves.toBe('Typed while the PDF was being built');
      const pdf = await readFile((await (await download).path()) as string);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    },
  );
});
