// Settings in real Chromium: the member's name and marking persist; back up now downloads a
// whole-workspace file; restore previews a file, keeps a safety copy, then replaces all; a bad
// file is refused with one line and nothing changes.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './harness';
import { seriousViolations } from './axe';
import { serializeWorkspace } from '../../shared/files/serialize';
import { restoreFileBytes } from '../../shared/files/restore';
import { syntheticWorkspace } from '../../scripts/bench/synthetic';

let app: AppSession | undefined;
let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'scrutiny-settings-'));
});
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const seeded = syntheticWorkspace({ reports: 3, findingsPerReport: 20, annotations: 50, seed: 21 });

async function countRows(page: Page, table: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('scrutiny-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction(name).objectStore(name).count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
    table,
  );
}

async function restoreFrom(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await (await chooser).setFiles(path);
}

describe('Settings', () => {
  it("keeps the member's name and default marking across a restart", async () => {
    app = await openApp('#/settings');
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.getByLabel('Your name').fill('Cllr Amara Okafor');
    await page.getByLabel('Default marking for briefing packs').selectOption('OFFICIAL-SENSITIVE');
    await page
      .getByRole('status')
      .filter({ hasText: 'new packs will be marked OFFICIAL-SENSITIVE' })
      .waitFor();
    await app.restart();
    await app.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await app.page.getByLabel('Your name').inputValue()).toBe('Cllr Amara Okafor');
    expect(await app.page.getByLabel('Default marking for briefing packs').inputValue()).toBe(
      'OFFICIAL-SENSITIVE',
    );
  });

  it('shows where the data is and whether the browser keeps it permanently', async () => {
    app = await openApp('#/settings');
    const { page } = app;
    await page.getByText('Data folder').waitFor();
    expect(await page.getByText(/^This browser's storage for http/).count()).toBe(1);
    expect(
      await page
        .locator('dt', { hasText: 'Kept permanently' })
        .locator('xpath=following-sibling::dd')
        .innerText(),
    ).toMatch(/^(Yes|No|Unknown):/);
    expect(
      await page
        .locator('dt', { hasText: 'Space used' })
        .locator('xpath=following-sibling::dd')
        .innerText(),
    ).toMatch(/(kB|MB|GB)/);
  });

  it('restores a workspace file after a preview and a safety copy, then backs it up again', async () => {
    const path = join(folder, 'workspace.json');
    await writeFile(
      path,
      serializeWorkspace(seeded, 'Cllr Li Wei', new Date('2025-02-03T10:00:00.000Z')),
    );
    app = await openApp('#/settings');
    const { page } = app;
    await page.getByText('Last backup:').waitFor();
    await page.getByText('never', { exact: true }).waitFor();

    await restoreFrom(page, path);
    const preview = page.getByRole('table', { name: 'Contents of the file' });
    await preview.waitFor();
    expect(await preview.getByRole('row', { name: /Annotations/ }).innerText()).toMatch(
      /Annotations\s+50/,
    );
    expect(await preview.getByRole('row', { name: /Findings/ }).innerText()).toMatch(
      /Findings\s+60/,
    );
    await page.getByText('Exported by Cllr Li Wei').waitFor();
    expect(await countRows(page, 'annotations')).toBe(0);

    const safetyCopy = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Replace my workspace with this file' }).click();
    expect((await safetyCopy).suggestedFilename()).toMatch(
      /^scrutiny-desk-safety-copy-.*-before-restore\.json$/,
    );
    await page
      .getByRole('status')
      .filter({ hasText: 'Restored your workspace from workspace.json.' })
      .waitFor();
    expect(await countRows(page, 'annotations')).toBe(50);
    expect(await countRows(page, 'findings')).toBe(60);
    expect(await page.getByLabel('Your name').inputValue()).toBe(seeded.settings?.memberName);
    await page.getByText(/safety copy before restoring a file/).waitFor();

    const backup = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Back up now' }).click();
    const download = await backup;
    expect(download.suggestedFilename()).toMatch(
      /^scrutiny-desk-backup-\d{4}-\d\d-\d\d-\d{6}\.json$/,
    );
    const restored = restoreFileBytes(new Uint8Array(await readFile(await download.path())));
    if (restored.kind !== 'workspace') throw new Error('expected a workspace');
    // Restoring gives every note its writer's member id (null where it is not this member's); the rest is as seeded.
    const withoutAuthorId = restored.file.data.annotations.map(
      ({ authorId: _authorId, ...rest }) => rest,
    );
    const seededWithoutAuthorId = seeded.annotations.map(
      ({ authorId: _authorId, ...rest }) => rest,
    );
    expect(withoutAuthorId).toEqual(seededWithoutAuthorId.sort((a, b) => (a.id < b.id ? -1 : 1)));
    await page.getByText(/\(Back up now\)/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows how far a large restore has got, counting every row of the file, and finishes it after the member leaves Settings', async () => {
    const large = syntheticWorkspace({
      reports: 40,
      findingsPerReport: 100,
      annotations: 16_000,
      seed: 22,
    });
    const rows = [
      large.authorities,
      large.reports,
      large.judgements,
      large.sections,
      large.findings,
      large.annotations,
      large.meetings,
      large.packs,
      large.actions,
    ].reduce((n, list) => n + list.length, 0);
    const path = join(folder, 'large.json');
    await writeFile(
      path,
      serializeWorkspace(large, 'Cllr Li Wei', new Date('2025-02-03T10:00:00.000Z')),
    );
    app = await openApp('#/settings');
    const { page } = app;
    await restoreFrom(page, path);
    await page.getByRole('button', { name: 'Replace my workspace with this file' }).click();
    const bar = page.getByRole('progressbar');
    await bar.waitFor();
    expect(await bar.getAttribute('max')).toBe(String(rows));
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Reports' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: 'Restored your workspace from large.json.' })
      .waitFor();
    expect(await countRows(page, 'annotations')).toBe(16_000);
    expect(await countRows(page, 'reports')).toBe(40);
  });

  it('refuses a truncated file with one line and changes nothing', async () => {
    const good = join(folder, 'good.json');
    const cut = join(folder, 'cut.json');
    const text = serializeWorkspace(seeded, 'x', new Date());
    await writeFile(good, text);
    await writeFile(cut, text.slice(0, 4000));
    app = await openApp('#/settings');
    const { page } = app;
    await restoreFrom(page, good);
    const safetyCopy = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Replace my workspace with this file' }).click();
    await safetyCopy;
    await page.getByRole('status').filter({ hasText: 'Restored your workspace' }).waitFor();

    await restoreFrom(page, cut);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe(
      'This file cannot be restored: the file is cut short (truncated), perhaps by an interrupted copy or download; use another backup copy or export it again.',
    );
    expect(
      await page.getByRole('button', { name: 'Replace my workspace with this file' }).count(),
    ).toBe(0);
    expect(await countRows(page, 'annotations')).toBe(50);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('recovery', () => {
  it('says so when another window upgrades the store, and after a reload, that a newer version made it', async () => {
    app = await openApp('#/settings');
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('scrutiny-desk', 990);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
        }),
    );
    await page
      .getByRole('heading', { level: 1, name: 'Scrutiny Desk was updated in another window' })
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Reload this window' }).click();
    await page
      .getByRole('heading', {
        level: 1,
        name: 'This computer’s notes were saved by a newer Scrutiny Desk',
      })
      .waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
