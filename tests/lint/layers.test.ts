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
    ['shared/ may not import electron', 'shared/layer-probe.ts', "import { app } from 'electron';\n" + use('app')],
    ['shared/ may not import node:fs', 'shared/layer-probe.ts', "import { readFileSync } from 'node:fs';\n" + use('readFileSync')],
    ['shared/ may not import fs', 'shared/layer-probe.ts', "import { readFileSync } from 'fs';\n" + use('readFileSync')],
    ['shared/ may not import react', 'shared/model/layer-probe.ts', "import { useState } from 'react';\n" + use('useState')],
    ['shared/ may not import renderer/', 'shared/layer-probe.ts', "import { db } from '../renderer/db/instance';\n" + use('db')],
    ['renderer/ may not import electron', 'renderer/app/layer-probe.ts', "import { ipcRenderer } from 'electron';\n" + use('ipcRenderer')],
    ['renderer/ may not import node:fs', 'renderer/app/layer-probe.ts', "import { readFileSync } from 'node:fs';\n" + use('readFileSync')],
    ['renderer/ may not import electron/', 'renderer/app/layer-probe.tsx', "import { bridge } from '../../electron/preload';\n" + use('bridge')],
    ['cli/ may not import electron', 'cli/layer-probe.ts', "import { app } from 'electron';\n" + use('app')],
    ['cli/ may not import renderer/', 'cli/layer-probe.ts', "import { db } from '../renderer/db/instance';\n" + use('db')],
    ['electron/ may not import renderer/', 'electron/layer-probe.ts', "import { App } from '../renderer/app/App';\n" + use('App')],
    ['electron/ may not import cli/', 'electron/ipc/layer-probe.ts', "import { atomicWrite } from '../../cli/atomic-write';\n" + use('atomicWrite')],
    ['cli/ may not import electron/', 'cli/layer-probe.ts', "import { atomicWrite } from '../electron/atomic-write';\n" + use('atomicWrite')],
    ['shared/ may not import cli/', 'shared/files/layer-probe.ts', "import { main } from '../../cli/main';\n" + use('main')],
    ['shared/ may not import host/', 'shared/files/layer-probe.ts', "import { atomicWrite } from '../../host/atomic-write';\n" + use('atomicWrite')],
    ['renderer/ may not import host/', 'renderer/app/layer-probe.ts', "import { nodeGetDocument } from '../../host/pdfjs';\n" + use('nodeGetDocument')],
    ['host/ may not import electron', 'host/layer-probe.ts', "import { app } from 'electron';\n" + use('app')],
    ['host/ may not import cli/', 'host/layer-probe.ts', "import { main } from '../cli/main';\n" + use('main')],
    ['renderer/ may not import cli/', 'renderer/app/layer-probe.ts', "import { main } from '../../cli/main';\n" + use('main')],
  ])('%s', async (_label, filePath, code) => {
    expect(await ruleIds(filePath, code)).toContain('no-restricted-imports');
  });

  it.each([
    ['electron/ may import electron and Node', 'electron/layer-probe.ts', "import { app } from 'electron';\nimport { join } from 'node:path';\n" + use('[app, join]')],
    ['electron/ may import shared/', 'electron/layer-probe.ts', "import { ipcSchemas } from '../shared/ipc/contract';\n" + use('ipcSchemas')],
    ['renderer/ may import shared/ and React', 'renderer/app/layer-probe.tsx', "import { useState } from 'react';\nimport { ipcSchemas } from '../../shared/ipc/contract';\n" + use('[useState, ipcSchemas]')],
    ['cli/ may import Node and shared/', 'cli/layer-probe.ts', "import { readFile } from 'node:fs/promises';\nimport { isInputError } from '../shared/errors';\n" + use('[readFile, isInputError]')],
    ['cli/, electron/ and scripts/ may import host/', 'electron/ipc/layer-probe.ts', "import { atomicWrite } from '../../host/atomic-write';\n" + use('atomicWrite')],
    ['host/ may import Node and shared/', 'host/layer-probe.ts', "import { readFile } from 'node:fs/promises';\nimport { isInputError } from '../shared/errors';\n" + use('[readFile, isInputError]')],
    ['shared/ may import zod', 'shared/layer-probe.ts', "import { z } from 'zod';\n" + use('z')],
  ])('%s', async (_label, filePath, code) => {
    expect(await ruleIds(filePath, code)).toEqual([]);
  });

  it('shared/ may not touch browser or Node globals', async () => {
    expect(await ruleIds('shared/layer-probe.ts', use('window.location.href'))).toContain('no-restricted-globals');
    expect(await ruleIds('shared/layer-probe.ts', use('process.env'))).toContain('no-restricted-globals');
  });
});
