// npm run web: builds the renderer and serves it on localhost for a browser.
import { build } from 'vite';
import { rendererConfig } from '../build/vite.renderer';
import { serveStatic, type StaticServer } from './static-server';

/** Build the renderer into `outDir` (a private folder lets test runs and benches run side by side). */
export async function buildAndServeWeb(port: number, outDir = 'out/web'): Promise<StaticServer> {
  await build({ ...rendererConfig(outDir), logLevel: 'warn' });
  return serveStatic(outDir, port);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 5178);
  const { url } = await buildAndServeWeb(port);
  console.log(
    `Scrutiny Desk is running at ${url} (open it in Chromium, Chrome, Edge or Firefox; Ctrl+C stops it).`,
  );
}
