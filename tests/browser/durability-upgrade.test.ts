// A store left at schema version 1 in real Chromium: on opening, the app saves a safety copy of
// it (a download in the browser), waits, saying why, while an old window holds the store, then
// upgrades with every note kept and shows the safety copy as the last backup.
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './harness';
import { buildStoreAt } from './store';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1 } from '../../renderer/db/database';
import { restoreFileBytes } from '../../shared/files/restore';
import { syntheticWorkspace } from '../../scripts/bench/synthetic';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

const v1 = syntheticWorkspace({ reports: 2, findingsPerReport: 10, annotations: 25, seed: 31 });
const settings = { ...v1.settings, lastBackupAt: '2025-01-20T09:30:00.000Z' };

describe('upgrading a version 1 store', () => {
  it('keeps a safety copy first, waits for the old window, and keeps every note', async () => {
    app = await openApp('no-app-here');
    const old = app.page;
    // An "old window": builds the store as version 1 of the app did (Dexie stores version 1 as 10),
    // and keeps its connection open, as an old copy of the app would.
    await buildStoreAt(
      old,
      10,
      SCHEMA_V1,
      {
        authorities: v1.authorities,
        reports: v1.reports,
        judgements: v1.judgements,
        sections: v1.sections,
        findings: v1.findings,
        annotations: v1.annotations,
        meetings: v1.meetings,
        packs: v1.packs,
        actions: v1.actions,
        settings: [settings],
      },
      true,
    );

    const page = await app.context.newPage();
    const safetyCopy = page.waitForEvent('download');
    await page.goto(`${app.url}#/settings`);
    const download = await safetyCopy;
    expect(download.suggestedFilename()).toMatch(
      new RegExp(
        `^scrutiny-desk-safety-copy-.*-before-update-to-version-${CURRENT_SCHEMA_VERSION}\\.json$`,
      ),
    );
    const copy = restoreFileBytes(new Uint8Array(await readFile(await download.path())));
    if (copy.kind !== 'workspace') throw new Error('expected a workspace');
    expect(copy.file.data.annotations).toEqual(v1.annotations);
    expect(copy.file.data.settings).toEqual(settings);

    await page
      .getByRole('status')
      .filter({ hasText: 'waiting for its other windows to close' })
      .waitFor();
    await old.evaluate(() =>
      (window as unknown as { oldConnection: IDBDatabase }).oldConnection.close(),
    );
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page
      .getByText(new RegExp(`safety copy before the update to version ${CURRENT_SCHEMA_VERSION}`))
      .waitFor();

    const stored = await page.evaluate(
      () =>
        new Promise<{ version: number; annotations: unknown[]; backups: unknown[] }>(
          (resolve, reject) => {
            const open = indexedDB.open('scrutiny-desk');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction(['annotations', 'backups']);
              const annotations = tx.objectStore('annotations').getAll();
              const backups = tx.objectStore('backups').getAll();
              tx.oncomplete = () => {
                resolve({
                  version: open.result.version,
                  annotations: annotations.result,
                  backups: backups.result,
                });
                open.result.close();
              };
            };
          },
        ),
    );
    expect(stored.version).toBe(CURRENT_SCHEMA_VERSION * 10);
    // Version 5 gives every note its writer's member id (null where none is known); the rest is kept as it was.
    const withoutAuthorId = (list: readonly object[]) =>
      list.map((a) => Object.fromEntries(Object.entries(a).filter(([key]) => key !== 'authorId')));
    expect(withoutAuthorId(stored.annotations as object[])).toEqual(
      withoutAuthorId(v1.annotations as object[]),
    );
    expect(stored.backups).toEqual([
      {
        seq: 1,
        at: '2025-01-20T09:30:00.000Z',
        kind: 'manual',
        reason: 'recorded before version 2',
        fileName: '',
        location: null,
      },
      expect.objectContaining({
        seq: 2,
        kind: 'safety',
        reason: `before the update to version ${CURRENT_SCHEMA_VERSION}`,
        fileName: download.suggestedFilename(),
        location: null,
      }),
    ]);
  });
});
