// The static server behind `npm run web` and the `npm start` fallback: a malformed URL is the
// client's mistake, answered with 400, and the server keeps serving the next request.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/static-server';

/** A raw GET, so the path goes out exactly as written (fetch would re-encode it). */
function get(url: string, path: string): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => done(res.statusCode ?? 0));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('serveStatic', () => {
  let folder: string;
  let server: StaticServer;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'static-'));
    await writeFile(join(folder, 'index.html'), '<!doctype html><title>x</title>');
    server = await serveStatic(folder);
  });
  afterAll(async () => {
    await server.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('answers a malformed percent escape with 400 and stays up', async () => {
    expect(await get(server.url, '/%E0%A4%A')).toBe(400);
    expect(await get(server.url, '/%')).toBe(400);
    expect(await get(server.url, '/')).toBe(200);
  });

  it('still serves files and refuses what is not there', async () => {
    expect(await get(server.url, '/index.html')).toBe(200);
    expect(await get(server.url, '/missing.js')).toBe(404);
    expect(await get(server.url, '/%2e%2e/%2e%2e/etc/passwd')).not.toBe(200);
  });
});
