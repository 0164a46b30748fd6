// Pins that the preload electron-vite builds runs in a sandbox: one CommonJS file that requires
// nothing but 'electron' (a sandboxed preload cannot load node_modules or Node built-ins).
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConfig } from 'electron-vite';
import { build, type InlineConfig } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let outDir: string;
let files: string[];
let code: string;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'preload-bundle-'));
  const resolved = await resolveConfig({}, 'build', 'production');
  const preload = resolved.config?.preload as InlineConfig | undefined;
  if (!preload) throw new Error('electron.vite.config.ts has no preload build');
  await build({
    ...preload,
    configFile: false,
    logLevel: 'error',
    build: { ...preload.build, outDir, emptyOutDir: true },
  });
  files = await readdir(outDir);
  code = await readFile(join(outDir, 'index.cjs'), 'utf8');
}, 120_000);
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('the built preload', () => {
  it('is a single index.cjs file', () => {
    expect(files).toEqual(['index.cjs']);
  });

  it("requires only 'electron'", () => {
    const required = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map(
      (match) => match[1],
    );
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/\bimport\s*\(/);
  });

  it('exposes the bridge under window.scrutinyDesk and never ipcRenderer itself', () => {
    expect(code).toMatch(/exposeInMainWorld\(\s*["']scrutinyDesk["']/);
    expect(code).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });
});
