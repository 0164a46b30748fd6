// Browser tier: build the renderer once into a folder of this run's own (so two runs never
// rebuild under each other), serve it on localhost, and hand its address to the tests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildAndServeWeb } from '../../scripts/web';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = await mkdtemp(join(tmpdir(), 'scrutiny-web-'));
  const server = await buildAndServeWeb(0, outDir);
  project.provide('appUrl', server.url);
  return async () => {
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
