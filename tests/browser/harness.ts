// Drives Debian's Chromium with playwright-core. Each test gets its own fresh profile folder;
// `restart` closes the browser and opens the same profile again, as a member restarting would.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface AppSession {
  page: Page;
  context: BrowserContext;
  profile: string;
  url: string;
  /** Close the browser cleanly and open the same profile again. */
  restart(): Promise<void>;
  /** Close the browser and delete the profile. */
  dispose(): Promise<void>;
}

export async function launch(
  profile: string,
  options: { downloads?: boolean } = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    acceptDownloads: options.downloads ?? true,
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
  });
}

export async function openApp(path = ''): Promise<AppSession> {
  const url = inject('appUrl');
  const profile = await mkdtemp(join(tmpdir(), 'scrutiny-profile-'));
  const session: AppSession = {
    profile,
    url,
    context: await launch(profile),
    page: undefined as unknown as Page,
    async restart() {
      await session.context.close();
      session.context = await launch(profile);
      session.page = await session.context.newPage();
      await session.page.goto(url + path);
    },
    async dispose() {
      await session.context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
  session.page = session.context.pages()[0] ?? (await session.context.newPage());
  await session.page.goto(url + path);
  return session;
}
