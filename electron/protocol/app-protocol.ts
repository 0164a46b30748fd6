// The app:// protocol: the renderer is served from the built bundle folder only, with the app's
// Content-Security-Policy as a response header. Registered as privileged before `ready` so the
// renderer gets a secure, standard origin (IndexedDB and fetch work there).
import { readFile, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { Protocol } from 'electron';
import { SECURITY_HEADERS, contentTypeFor } from '../../shared/security/response-headers';
import { APP_SCHEME } from '../app-url';
import { resolveAppRequest } from './resolve-request';

/** Must run before the app's `ready` event. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function refusal(status: 403 | 404, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

function isInside(folder: string, file: string): boolean {
  return file.startsWith(folder + sep);
}

/** The request handler, apart from Electron so it can be tested with plain Requests. */
export function createAppRequestHandler(
  bundleFolder: string,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const resolved = resolveAppRequest(request.url);
    if (!resolved.ok) return refusal(403, `Refused: ${resolved.reason}.`);
    try {
      const root = await realpath(bundleFolder);
      const candidate = join(root, ...resolved.relativePath.split('/'));
      if (!isInside(root, candidate)) return refusal(403, 'Refused: outside the app bundle.');
      // Follow symlinks and check again: a link inside the bundle must not lead out of it.
      const file = await realpath(candidate);
      if (!isInside(root, file)) return refusal(403, 'Refused: outside the app bundle.');
      if (!(await stat(file)).isFile()) return refusal(404, 'Not found.');
      const body = await readFile(file);
      return new Response(new Uint8Array(body), {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) },
      });
    } catch {
      return refusal(404, 'Not found.');
    }
  };
}

/** Must run after `ready`. */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, bundleFolder: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(bundleFolder));
}
