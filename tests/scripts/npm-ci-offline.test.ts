// `npm ci` on a machine that cannot reach the Electron download still completes: it builds the
// command line, says in one line that the app will open in the browser, and leaves Electron's
// package (its types) in place. Run for real in a copy of the project, with the download pointed
// at an address nothing answers on and packages from npm's cache where it has them.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ELECTRON_UNAVAILABLE } from '../../scripts/prepare';

const root = resolve(import.meta.dirname, '../..');
let copy = '';

// Removing the copy's node_modules (about 540 MB) takes a while on a busy machine.
afterAll(async () => {
  if (copy) await rm(copy, { recursive: true, force: true });
}, 180_000);

describe('npm ci without the Electron download', () => {
  it('completes, builds the CLI and says in one line that npm start will use the browser', async () => {
    copy = await mkdtemp(join(tmpdir(), 'scrutiny-npm-ci-'));
    for (const entry of [
      'package.json',
      'package-lock.json',
      '.npmrc',
      'tsconfig.base.json',
      'cli',
      'host',
      'shared',
      'scripts',
    ]) {
      await cp(join(root, entry), join(copy, entry), { recursive: true });
    }
    // Nothing from the test runner's own npm invocation, and no Electron already cached.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !/^npm_|^ELECTRON_/i.test(key)),
    );
    Object.assign(env, {
      ELECTRON_MIRROR: 'http://127.0.0.1:9/',
      electron_config_cache: join(copy, '.electron-cache'),
    });

    const { code, output } = await new Promise<{ code: number; output: string }>((done) => {
      execFile(
        'npm',
        ['ci', '--prefer-offline', '--no-audit', '--no-fund'],
        { cwd: copy, env, encoding: 'utf8', timeout: 540_000, maxBuffer: 64 * 1024 * 1024 },
        (error, out, err) =>
          done({
            code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
            output: `${out}\n${err}`,
          }),
      );
    });

    expect(code, output.slice(-2000)).toBe(0);
    const said = output.split('\n').filter((line) => line.startsWith(ELECTRON_UNAVAILABLE));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('ECONNREFUSED');
    expect((await stat(join(copy, 'out/cli/main.mjs'))).isFile()).toBe(true);
    expect(existsSync(join(copy, 'node_modules/electron/electron.d.ts'))).toBe(true);
    expect(existsSync(join(copy, 'node_modules/electron/path.txt'))).toBe(false);
  }, 600_000);
});
