// npm run web: builds the renderer and serves it on localhost for a browser.
import { build } from 'vite';
import { rendererConfig } from '../build/vite.renderer';
import { serveStatic, type StaticServer } from './static-server';

export async function buildAndServeWeb(port: number): Promise<StaticServer> {
  await build({ ...rendererConfig('out/web'), logLevel: 'warn' });
  return serveStatic('out/web', port);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 5178);
  const { url } = await buildAndServeWeb(port);
  console.log(`Scrutiny Desk is running at ${url} (open it in Chromium, Chrome, Edge or Firefox; Ctrl+C stops it).`);
}
