// Proves the layer rules of design.md with ESLint itself: each folder's forbidden imports fail
// lint, and the allowed ones pass.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error('ESLint returned no result');
  const fatal = result.messages.find((m) => m.fatal);
  if (fatal) throw new Error(`could not parse the probe: ${fatal.message}`);
  return result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? 'parse');
}

const use = (what: string) => `export const probe = ${what};\n`;

describe('layer rules', () => {
  it.each([
    [
      'shared/ may not import electron',
      'shared/layer-probe.ts',
      "import { app } from 'electron';\n" + use('app'),
    ],
    [
      'shared/ may not import node:fs',
      'shared/layer-probe.ts',
      "import { readFileSync } from 'node:fs';\n" + use('readFileSync'),
    ],
    [
      'shared/ may not import fs',
      'shared/layer-probe.ts',
      "import { readFileSync } from 'fs';\n" + use('readFileSync'),
    ],
    [
      'shared/ may not import react',
      'shared/model/layer-probe.ts',
      "import { useState } from 'react';\n" + use('useState'),
    ],
    [
      'shared/ may not import renderer/',
      'shared/layer-probe.ts',
      "import { db } from '../renderer/db/instance';\n" + use('db'),
    ],
    [
      'renderer/ may not import electron',
      'renderer/app/layer-probe.ts',
      "import { ipcRenderer } from 'electron';\n" + use('ipcRenderer'),
    ],
    [
      'renderer/ may not import node:fs',
      'renderer/app/layer-probe.ts',
      "import { readFileSync } from 'node:fs';\n" + use('readFileSync'),
    ],
    [
      'renderer/ may not import electron/',
      'renderer/app/layer-probe.tsx',
      "import { bridge } from '../../electron/preload';\n" + use('bridge'),
    ],
    [
      'cli/ may not import electron',
      'cli/layer-probe.ts',
      "import { app } from 'electron';\n" + use('app'),
    ],
    [
      'cli/ may not import renderer/',
      'cli/layer-probe.ts',
      "import { db } from '../renderer/db/instance';\n" + use('db'),
    ],
    [
      'electron/ may not import renderer/',
      'electron/layer-probe.ts',
      "import { App } from '../renderer/app/App';\n" + use('App'),
    ],
    [
      'electron/ may not import cli/',
      'electron/ipc/layer-probe.ts',
      "import { atomicWrite } from '../../cli/atomic-write';\n" + use('atomicWrite'),
    ],
    [
      'cli/ may not import electron/',
      'cli/layer-probe.ts',
      "import { atomicWrite } from '../electron/atomic-write';\n" + use('atomicWrite'),
    ],
    [
      'shared/ may not import cli/',
      'shared/files/layer-probe.ts',
      "import { main } from '../../cli/main';\n" + use('main'),
    ],
    [
      'shared/ may not import host/',
      'shared/files/layer-probe.ts',
      "import { atomicWrite } from '../../host/atomic-write';\n" + use('atomicWrite'),
    ],
    [
      'renderer/ may not import host/',
      'renderer/app/layer-probe.ts',
      "import { nodeGetDocument } from '../../host/pdfjs';\n" + use('nodeGetDocument'),
    ],
    [
      'host/ may not import electron',
      'host/layer-probe.ts',
      "import { app } from 'electron';\n" + use('app'),
    ],
    [
      'host/ may not import cli/',
      'host/layer-probe.ts',
      "import { main } from '../cli/main';\n" + use('main'),
    ],
    [
      'renderer/ may not import cli/',
      'renderer/app/layer-probe.ts',
      "import { main } from '../../cli/main';\n" + use('main'),
    ],
  ])('%s', async (_label, filePath, code) => {
    expect(await ruleIds(filePath, code)).toContain('no-restricted-imports');
  });

  it.each([
    [
      'electron/ may import electron and Node',
      'electron/layer-probe.ts',
      "import { app } from 'electron';\nimport { join } from 'node:path';\n" + use('[app, join]'),
    ],
    [
      'electron/ may import shared/',
      'electron/layer-probe.ts',
      "import { ipcSchemas } from '../shared/ipc/contract';\n" + use('ipcSchemas'),
    ],
    [
      'renderer/ may import shared/ and React',
      'renderer/app/layer-probe.tsx',
      "import { useState } from 'react';\nimport { ipcSchemas } from '../../shared/ipc/contract';\n" +
        use('[useState, ipcSchemas]'),
    ],
    [
      'cli/ may import Node and shared/',
      'cli/layer-probe.ts',
      "import { readFile } from 'node:fs/promises';\nimport { isInputError } from '../shared/errors';\n" +
        use('[readFile, isInputError]'),
    ],
    [
      'cli/, electron/ and scripts/ may import host/',
      'electron/ipc/layer-probe.ts',
      "import { atomicWrite } from '../../host/atomic-write';\n" + use('atomicWrite'),
    ],
    [
      'host/ may import Node and shared/',
      'host/layer-probe.ts',
      "import { readFile } from 'node:fs/promises';\nimport { isInputError } from '../shared/errors';\n" +
        use('[readFile, isInputError]'),
    ],
    ['shared/ may import zod', 'shared/layer-probe.ts', "import { z } from 'zod';\n" + use('z')],
  ])('%s', async (_label, filePath, code) => {
    expect(await ruleIds(filePath, code)).toEqual([]);
  });

  it.each([
    [
      'shared/ may not import an unprefixed built-in (zlib)',
      'shared/layer-probe.ts',
      "import { gzipSync } from 'zlib';\n" + use('gzipSync'),
    ],
    [
      'shared/ may not import a built-in subpath (stream/web)',
      'shared/layer-probe.ts',
      "import { ReadableStream } from 'stream/web';\n" + use('ReadableStream'),
    ],
    [
      'shared/ may not import a prefix-only built-in (node:test)',
      'shared/layer-probe.ts',
      "import { test } from 'node:test';\n" + use('test'),
    ],
    [
      'shared/ may not re-export a built-in',
      'shared/layer-probe.ts',
      "export { createHash } from 'crypto';\n",
    ],
    [
      'renderer/ may not import worker_threads',
      'renderer/app/layer-probe.ts',
      "import { Worker } from 'worker_threads';\n" + use('Worker'),
    ],
    [
      'electron/ may not import react',
      'electron/layer-probe.ts',
      "import { useState } from 'react';\n" + use('useState'),
    ],
    [
      'electron/ may not import dexie',
      'electron/ipc/layer-probe.ts',
      "import Dexie from 'dexie';\n" + use('Dexie'),
    ],
    [
      'cli/ may not import react-dom',
      'cli/layer-probe.ts',
      "import { createRoot } from 'react-dom/client';\n" + use('createRoot'),
    ],
    [
      'cli/ may not import dexie',
      'cli/commands/layer-probe.ts',
      "import Dexie from 'dexie';\n" + use('Dexie'),
    ],
    [
      'host/ may not import react',
      'host/layer-probe.ts',
      "import { useState } from 'react';\n" + use('useState'),
    ],
  ])('%s', async (_label, filePath, code) => {
    expect(await ruleIds(filePath, code)).toContain('no-restricted-imports');
  });

  it.each([
    [
      'shared/ may not import("node:fs")',
      'shared/layer-probe.ts',
      "export const probe = () => import('node:fs');\n",
    ],
    [
      'shared/ may not import("zlib")',
      'shared/import/layer-probe.ts',
      "export const probe = () => import('zlib');\n",
    ],
    [
      'shared/ may not import("electron")',
      'shared/layer-probe.ts',
      "export const probe = () => import('electron');\n",
    ],
    [
      'shared/ may not import("react")',
      'shared/layer-probe.ts',
      "export const probe = () => import('react');\n",
    ],
    [
      'renderer/ may not import("node:path")',
      'renderer/app/layer-probe.ts',
      "export const probe = () => import('node:path');\n",
    ],
    [
      'renderer/ may not import("../../electron/preload")',
      'renderer/app/layer-probe.ts',
      "export const probe = () => import('../../electron/preload');\n",
    ],
    [
      'electron/ may not import("dexie")',
      'electron/layer-probe.ts',
      "export const probe = () => import('dexie');\n",
    ],
    [
      'electron/ may not import("../renderer/app/App")',
      'electron/layer-probe.ts',
      "export const probe = () => import('../renderer/app/App');\n",
    ],
    [
      'cli/ may not import("react")',
      'cli/layer-probe.ts',
      "export const probe = () => import('react');\n",
    ],
    [
      'cli/ may not import("electron")',
      'cli/layer-probe.ts',
      "export const probe = () => import('electron');\n",
    ],
    [
      'shared/ may not import() a computed name',
      'shared/layer-probe.ts',
      'export const probe = (name: string) => import(name);\n',
    ],
  ])('%s', async (_label, filePath, code) => {
    expect(await ruleIds(filePath, code)).toContain('no-restricted-syntax');
  });

  it.each([
    [
      'renderer/ may import() a reader on demand',
      'renderer/import/layer-probe.ts',
      "export const probe = () => import('mammoth');\n",
    ],
    [
      'shared/ may import() its own modules',
      'shared/import/layer-probe.ts',
      "export const probe = () => import('./readers/html');\n",
    ],
    [
      'host/ may import() pdf.js',
      'host/layer-probe.ts',
      "export const probe = () => import('pdfjs-dist/legacy/build/pdf.mjs');\n",
    ],
    [
      'shared/ may import its own util/ folder (named like the util built-in)',
      'shared/merge/layer-probe.ts',
      "import { sha256Hex } from '../util/hash';\n" + use('sha256Hex'),
    ],
  ])('%s', async (_label, filePath, code) => {
    expect(await ruleIds(filePath, code)).toEqual([]);
  });

  it('shared/ may not touch browser or Node globals', async () => {
    expect(await ruleIds('shared/layer-probe.ts', use('window.location.href'))).toContain(
      'no-restricted-globals',
    );
    expect(await ruleIds('shared/layer-probe.ts', use('process.env'))).toContain(
      'no-restricted-globals',
    );
  });
});
