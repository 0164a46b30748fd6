// A small static server for the built renderer (npm run web, the browser fallback, browser
// tests). Serves only files inside the folder, with the app's Content-Security-Policy.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';
import { SECURITY_HEADERS, contentTypeFor } from '../shared/security/response-headers';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(folder: string, port = 0): Promise<StaticServer> {
  const root = resolve(folder);
  const server: Server = createServer(async (request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      // A malformed escape ("/%E0%A4%A") is the client's mistake: answer it and keep serving.
      response.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      response.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': contentTypeFor(file),
        'Content-Length': info.size,
      });
      // A file that vanishes between stat and read ends this response, not the server.
      createReadStream(file)
        .on('error', () => response.destroy())
        .pipe(response);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The server did not get a port.');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
