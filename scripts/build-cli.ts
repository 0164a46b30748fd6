// npm run build:cli (and npm ci's prepare): bundles the command line into plain JavaScript in
// out/cli, so `scrutiny-desk` compiles no TypeScript when it runs. Each command is its own chunk
// and the libraries stay in node_modules, loaded only by the commands that need them.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
export const CLI_OUT = join(root, 'out', 'cli');

export async function buildCli(outdir: string = CLI_OUT): Promise<void> {
  await rm(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    // The import's worker thread is an entry of its own, beside main.mjs (cli/watchdog.ts).
    entryPoints: { main: 'cli/main.ts', 'import-worker': 'cli/import-worker.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    packages: 'external',
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    legalComments: 'none',
    logLevel: 'warning',
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildCli();
  console.log(`Built the command line into ${CLI_OUT}.`);
}
