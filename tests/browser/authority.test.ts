// A report whose council is not on the list is saved only once the member chooses it, by label
// from a searchable list; a saved report's authority can be changed from the report screen, and
// the change is stored.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';
import { seriousViolations } from './axe';
import { chooseAuthority } from './choose-authority';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

const TEXT = `Westmoor strengthens services

Westmoor Council has taken swift and decisive action to strengthen services, Ofsted has said.
The experiences and progress of children who need help and protection requires improvement to be good.
- Children and families benefit from an extensive and well-developed early help offer.
The Children in Care Council told inspectors that young people feel heard.
`;

function storedAuthorities(
  page: Page,
): Promise<{ codes: (string | null)[]; records: { id: string; code: string | null }[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('scrutiny-desk');
        open.onsuccess = () => {
          const tx = open.result.transaction(['reports', 'authorities']);
          const reports = tx.objectStore('reports').getAll();
          const authorities = tx.objectStore('authorities').getAll();
          tx.oncomplete = () => {
            open.result.close();
            resolve({
              codes: (reports.result as { authorityCode: string | null }[]).map(
                (r) => r.authorityCode,
              ),
              records: (authorities.result as { id: string; code: string | null }[]).map((a) => ({
                id: a.id,
                code: a.code,
              })),
            });
          };
        };
      }),
  );
}

describe('choosing the authority', () => {
  it('asks for the council of an unresolvable report before saving, then lets the member change it from the report', async () => {
    app = await openApp('#/import');
    const { page } = app;
    await page.getByLabel('Report text').fill(TEXT);
    await page.getByRole('button', { name: 'Read report' }).click();
    await page
      .getByRole('heading', { level: 2, name: 'Which council is this report about?' })
      .waitFor();
    await page.getByRole('button', { name: 'Save report' }).click();
    await page
      .getByRole('alert')
      .getByText('Choose the council this report is about before saving.')
      .waitFor();
    expect((await storedAuthorities(page)).codes).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Find the authority').fill('leeds c');
    await page.getByRole('status').getByText('1 authority matches.').waitFor();
    await chooseAuthority(page, 'Leeds', '383');
    await page.getByText('Leeds (LA 383)').waitFor();
    await page.getByRole('button', { name: 'Save report' }).click();
    await page.waitForURL(/#\/report\//);
    await page.getByText('Authority: Leeds (LA 383)').waitFor();
    expect(await storedAuthorities(page)).toEqual({
      codes: ['383'],
      records: [{ id: 'authority-la-383', code: '383' }],
    });

    await page.getByRole('button', { name: 'Change the authority' }).click();
    await chooseAuthority(page, 'Bradford', '380');
    await page.getByText('Authority: Bradford (LA 380)').waitFor();
    const stored = await storedAuthorities(page);
    expect(stored.codes).toEqual(['380']);
    expect(stored.records).toContainEqual({ id: 'authority-la-380', code: '380' });
    await app.restart();
    await app.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Reports' })
      .click();
    await app.page.getByRole('heading', { level: 2, name: 'Bradford' }).waitFor();
  });
});
