// The app shell in real Chromium: empty state, visible focus, persistence, accessibility.
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './harness';
import { seriousViolations } from './axe';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

describe('the app shell', () => {
  it('opens to an empty state that tells a new member what to do', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    await page.getByText('You have no inspection reports yet.').waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Import a report' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(1);
  });

  it('shows keyboard focus visibly', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('heading', { name: 'Reports' }).waitFor();
    // Start from the top of the page, as a member arriving by keyboard does (the app focuses main).
    await page.evaluate(() => {
      document.body.tabIndex = -1;
      document.body.focus();
      document.body.removeAttribute('tabindex');
    });
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return {
        text: el.textContent,
        outline: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
      };
    });
    expect(focused.text).toBe('Skip to content');
    expect(focused.outline).not.toBe('none');
    expect(focused.width).toBeGreaterThanOrEqual(2);
  });

  it('keeps data written to IndexedDB across a reload and a browser restart', async () => {
    app = await openApp();
    await app.page.getByRole('heading', { name: 'Reports' }).waitFor();
    await app.page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('scrutiny-desk');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('settings', 'readwrite', { durability: 'strict' });
            tx.objectStore('settings').put({
              id: 'settings',
              memberName: 'Cllr Amara Okafor',
              defaultMarking: 'OFFICIAL',
              themeRules: [],
              lastBackupAt: null,
            });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    const session = app;
    const readName = () =>
      session.page.evaluate(
        () =>
          new Promise<string | undefined>((resolve, reject) => {
            const open = indexedDB.open('scrutiny-desk');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const get = open.result
                .transaction('settings')
                .objectStore('settings')
                .get('settings');
              get.onsuccess = () => {
                open.result.close();
                resolve((get.result as { memberName?: string } | undefined)?.memberName);
              };
            };
          }),
      );
    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Reports' }).waitFor();
    expect(await readName()).toBe('Cllr Amara Okafor');
    await app.restart();
    await app.page.getByRole('heading', { name: 'Reports' }).waitFor();
    expect(await readName()).toBe('Cllr Amara Okafor');
  });

  it('has no serious or critical accessibility violations on the first screen', async () => {
    app = await openApp();
    await app.page.getByText('You have no inspection reports yet.').waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
  });
});
