// npm ci's prepare step: builds the command line (out/cli), then fetches the Electron binary.
// npm 11 runs no dependency's install script unless package.json's allowScripts says so, and a
// failed download must not fail `npm ci`: without the binary, `npm start` opens the app in the
// browser instead. So the download is ours, and a failure is one line, never an error.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildCli } from './build-cli';
import { findElectronBinary } from './start';

export const ELECTRON_UNAVAILABLE =
  'Electron could not be downloaded, so `npm start` will open Scrutiny Desk in your browser instead (run `npm run setup:electron` with network access for the desktop app).';

/** Run Electron's own installer (it honours ELECTRON_MIRROR and ELECTRON_SKIP_BINARY_DOWNLOAD). */
export function fetchElectron(timeoutMs = 600_000): { ok: boolean; line: string } {
  if (findElectronBinary()) return { ok: true, line: 'Electron is installed.' };
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    return {
      ok: false,
      line: 'Electron was not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD is set), so `npm start` will open Scrutiny Desk in your browser.',
    };
  }
  const installer = join(
    dirname(createRequire(import.meta.url).resolve('electron/package.json')),
    'install.js',
  );
  const run = spawnSync(process.execPath, [installer], { encoding: 'utf8', timeout: timeoutMs });
  if (run.status === 0 && findElectronBinary()) return { ok: true, line: 'Electron is installed.' };
  const reason =
    run.error?.message ??
    /(?:Error|RequestError|HTTPError)[^\n]*/.exec(run.stderr)?.[0] ??
    `exit ${run.status}`;
  return { ok: false, line: `${ELECTRON_UNAVAILABLE} (${reason.slice(0, 160)})` };
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const only = process.argv.includes('--electron');
  if (!only) await buildCli();
  const electron = fetchElectron();
  console.log(only && !electron.ok ? `error: ${electron.line}` : electron.line);
  if (only && !electron.ok) process.exitCode = 1;
}
