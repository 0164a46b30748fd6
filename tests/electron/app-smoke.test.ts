// Starts the real desktop app when the Electron binary is installed, and checks that its window
// loads the app from app:// with no Node in the page. Where `npm ci` could not download Electron
// (a locked-down network, as on our CI machine), this test is skipped and says why.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../scripts/start';

const root = resolve(import.meta.dirname, '../..');
const binary = findElectronBinary();
const display = process.env.DISPLAY ?? process.env.WAYLAND_DISPLAY;

function whyNot(): string | null {
  if (!binary)
    return 'the Electron binary is not installed here ("npm run setup:electron" fetches it)';
  if (process.platform === 'linux' && !display)
    return 'there is no display to open a window on (run under xvfb-run)';
  return null;
}

const reason = whyNot();
if (reason) console.info(`app smoke test skipped: ${reason}.`);

describe('the desktop app', () => {
  it.skipIf(reason !== null)(
    'opens its window on app:// with the library and no Node in the page',
    async () => {
      const { build } = await import('electron-vite');
      await build({ root, logLevel: 'warn' });
      expect(existsSync(resolve(root, 'out/main/index.js'))).toBe(true);

      // Chromium's own sandbox refuses to start as root; the app's renderer sandbox stays on.
      const args =
        typeof process.getuid === 'function' && process.getuid() === 0
          ? ['--no-sandbox', '.']
          : ['.'];
      const env = { ...process.env };
      delete env.ELECTRON_RUN_AS_NODE;
      const app = await electron.launch({
        executablePath: binary as string,
        args,
        cwd: root,
        env: env as Record<string, string>,
      });
      try {
        const page = await app.firstWindow();
        await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
        expect(page.url()).toMatch(/^app:\/\//);
        expect(await page.title()).toContain('Scrutiny Desk');
        expect(
          await page.evaluate(() => typeof (globalThis as { process?: unknown }).process),
        ).toBe('undefined');
        expect(
          await page.evaluate(() => typeof (globalThis as { require?: unknown }).require),
        ).toBe('undefined');
      } finally {
        await app.close();
      }
    },
  );
});
