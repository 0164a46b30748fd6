// Durability in real Chromium: 1,000 annotations written in a burst with strict durability into
// the store the app created; the browser is killed (SIGKILL) mid-burst; after reopening the
// same profile, every annotation whose write had completed is there, intact.
import { readdir, readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { launch, openApp, type AppSession } from './harness';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

/** The browser process playwright started for this profile (not its helpers, which carry --type=). */
async function browserPid(profile: string): Promise<number> {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const args = await readFile(`/proc/${entry}/cmdline`, 'utf8').then(
      (t) => t.split('\0'),
      () => [] as string[],
    );
    if (args.includes(`--user-data-dir=${profile}`) && !args.some((a) => a.startsWith('--type=')))
      return Number(entry);
  }
  throw new Error(`No browser process found for ${profile}`);
}

const TOTAL = 1000;
const KILL_AFTER = 150;

describe('a note whose write completed survives the browser being killed', () => {
  it('keeps every committed annotation of a 1,000-write burst cut short by SIGKILL', async () => {
    app = await openApp();
    await app.page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();

    const committed: string[] = [];
    let reachedKillPoint: () => void = () => undefined;
    const killPoint = new Promise<void>((resolve) => (reachedKillPoint = resolve));
    await app.page.exposeFunction('recordCommitted', (id: string) => {
      committed.push(id);
      if (committed.length === KILL_AFTER) reachedKillPoint();
    });

    // Each annotation is its own strict read-write transaction, as the app writes one edit at a
    // time, each begun a moment after the test has heard the one before completed: a member
    // typing fast. (Without waiting for the test, a busy machine lets the page finish all 1,000
    // before the test hears of the first 150.)
    await app.page.evaluate((total) => {
      const record = (window as unknown as { recordCommitted: (id: string) => Promise<void> })
        .recordCommitted;
      const open = indexedDB.open('scrutiny-desk');
      open.onsuccess = () => {
        const database = open.result;
        const write = (i: number): void => {
          if (i >= total) return;
          const id = `ann-burst-${String(i).padStart(4, '0')}`;
          const at = new Date(Date.UTC(2025, 1, 3, 10, 0, 0, i)).toISOString();
          const tx = database.transaction('annotations', 'readwrite', { durability: 'strict' });
          tx.objectStore('annotations').put({
            id,
            author: 'Cllr Amara Okafor',
            createdAt: at,
            kind: 'note',
            target: {
              reportId: 'rpt-1',
              findingId: 'rpt-1-f1',
              findingText: 'Care leavers have pathway plans.',
              selector: null,
            },
            body: `Note ${i}: ask about pathway plans — مراجعة 👍`,
            question: null,
            rag: null,
            priority: null,
            tags: [],
            followUpOn: null,
            deletedAt: null,
            rev: `1-${i}`,
            modifiedAt: at,
            modifiedBy: 'Cllr Amara Okafor',
            ancestors: [],
            conflicts: [],
            orphaned: false,
          });
          tx.oncomplete = () => {
            void record(id).then(() => setTimeout(() => write(i + 1), 3));
          };
        };
        write(0);
      };
    }, TOTAL);

    await killPoint;
    process.kill(await browserPid(app.profile), 'SIGKILL');
    const seenBeforeKill = [...committed];
    await app.context.close().catch(() => undefined);
    expect(seenBeforeKill.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(seenBeforeKill.length).toBeLessThan(TOTAL);

    app.context = await launch(app.profile);
    app.page = await app.context.newPage();
    await app.page.goto(app.url);
    await app.page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    const stored = await app.page.evaluate(
      () =>
        new Promise<{ id: string; body: string }[]>((resolve, reject) => {
          const open = indexedDB.open('scrutiny-desk');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('annotations').objectStore('annotations').getAll();
            all.onsuccess = () => {
              open.result.close();
              resolve(
                (all.result as { id: string; body: string }[]).map((a) => ({
                  id: a.id,
                  body: a.body,
                })),
              );
            };
          };
        }),
    );
    const byId = new Map(stored.map((a) => [a.id, a.body]));
    const missing = seenBeforeKill.filter((id) => !byId.has(id));
    expect(missing).toEqual([]);
    for (const id of seenBeforeKill)
      expect(byId.get(id)).toBe(
        `Note ${Number(id.slice(-4))}: ask about pathway plans — مراجعة 👍`,
      );
    console.log(
      `durability: ${seenBeforeKill.length} writes completed before the kill, ${stored.length} annotations found after reopening`,
    );
  });
});
