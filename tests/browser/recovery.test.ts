// The recovery screens in real Chromium: a store that cannot be opened is explained and can be
// replaced from a backup file (the app then opens with the file's notes); a safety copy that
// cannot be written before an update is explained, and the store is left exactly as it was.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './harness';
import { buildStoreAt } from './store';
import { seriousViolations } from './axe';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1 } from '../../renderer/db/database';
import { serializeWorkspace } from '../../shared/files/serialize';
import { syntheticWorkspace } from '../../scripts/bench/synthetic';

let app: AppSession | undefined;
let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'scrutiny-recovery-'));
});
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const old = syntheticWorkspace({ reports: 2, findingsPerReport: 5, annotations: 15, seed: 51 });

/** Build the store as version 1 of the app would (Dexie stores version 1 as 10). */
function buildStore(
  page: Page,
  schema: Record<string, string>,
  rows: Record<string, unknown[]>,
): Promise<void> {
  return buildStoreAt(page, 10, schema, rows);
}

/** The store's version, its annotations' ids, and the names of every database of the origin. */
async function storeState(
  page: Page,
): Promise<{ version: number; annotationIds: string[]; databases: string[] }> {
  return page.evaluate(async () => {
    const databases = (await indexedDB.databases()).map((d) => d.name ?? '').sort();
    return new Promise<{ version: number; annotationIds: string[]; databases: string[] }>(
      (resolve, reject) => {
        const open = indexedDB.open('scrutiny-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const keys = open.result
            .transaction('annotations')
            .objectStore('annotations')
            .getAllKeys();
          keys.onsuccess = () => {
            resolve({
              version: open.result.version,
              annotationIds: (keys.result as string[]).sort(),
              databases,
            });
            open.result.close();
          };
        };
      },
    );
  });
}

describe('recovery screens', () => {
  it('explains a store that cannot be opened, and replaces it from a backup file', async () => {
    app = await openApp('no-app-here');
    // A faulty build keyed its findings by "uuid": no schema upgrade can change a primary key,
    // so every open of this store fails.
    await buildStore(
      app.page,
      { ...SCHEMA_V1, findings: 'uuid, reportId' },
      {
        findings: old.findings.map((f) => ({ ...f, uuid: f.id })),
        annotations: old.annotations,
        reports: old.reports,
      },
    );
    const page = await app.context.newPage();
    const safetyCopy = page.waitForEvent('download');
    await page.goto(app.url);
    await safetyCopy;
    await page
      .getByRole('heading', { level: 1, name: 'Scrutiny Desk could not open your notes' })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    expect(
      await page.getByRole('button', { name: 'Restore the latest safety copy…' }).count(),
    ).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    const backup = syntheticWorkspace({
      reports: 3,
      findingsPerReport: 6,
      annotations: 24,
      seed: 52,
    });
    const path = join(folder, 'backup.json');
    await writeFile(
      path,
      serializeWorkspace(backup, 'Cllr Amara Okafor', new Date('2025-02-03T10:00:00.000Z')),
    );
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Restore from a file…' }).click();
    await (await chooser).setFiles(path);
    await page.getByRole('button', { name: 'Replace my workspace with this file' }).waitFor();
    expect(
      await page
        .getByText(
          'The store that could not be opened is kept until the whole file has been copied in safely.',
          { exact: false },
        )
        .count(),
    ).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Replace my workspace with this file' }).click();

    // The window reloads into the app, which opens the restored store.
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    const state = await storeState(page);
    expect(state.version).toBe(CURRENT_SCHEMA_VERSION * 10);
    expect(state.annotationIds).toEqual(backup.annotations.map((a) => a.id).sort());
    expect(state.databases).toEqual(['scrutiny-desk']);
  });

  it('explains a safety copy that cannot be written before an update, and changes nothing', async () => {
    app = await openApp('no-app-here');
    // A value no file can hold (JSON has no BigInt), so the safety copy cannot be written.
    const settings = {
      ...old.settings,
      id: 'settings',
      memberName: 'Cllr Amara Okafor',
      importedCount: 12n,
    };
    await buildStore(app.page, SCHEMA_V1, {
      findings: old.findings,
      annotations: old.annotations,
      reports: old.reports,
      settings: [settings],
    });
    const page = await app.context.newPage();
    await page.goto(app.url);
    const heading = page.getByRole('heading', {
      level: 1,
      name: 'Scrutiny Desk could not save a safety copy before updating',
    });
    await heading.waitFor();
    expect(await page.getByText('nothing has been changed', { exact: false }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Restore from a file…' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Try again' }).click();
    await heading.waitFor();
    const state = await storeState(page);
    expect(state.version).toBe(10);
    expect(state.annotationIds).toEqual(old.annotations.map((a) => a.id).sort());
  });
});
