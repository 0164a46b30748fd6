// Browser tier: build the renderer once, serve it on localhost, and hand its address to the tests.
import type { TestProject } from 'vitest/node';
import { buildAndServeWeb } from '../../scripts/web';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await buildAndServeWeb(0);
  project.provide('appUrl', server.url);
  return () => server.close();
}
