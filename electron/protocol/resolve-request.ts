// Turns an app:// request URL into a path inside the renderer bundle, or a refusal. Pure: it works
// on the raw URL text, before any URL parser has had the chance to hide a traversal attempt.
import { APP_HOST, APP_SCHEME } from '../app-url';

export type ResolvedRequest = { ok: true; relativePath: string } | { ok: false; reason: string };

const PREFIX = `${APP_SCHEME}://`;
/** Encoded characters that no bundle file name needs and every traversal trick does: . / \ % NUL. */
const ENCODED_DANGER = /%(2e|2f|5c|25|00)/i;
const PLAIN_DANGER = /[\\\0]/;
const DRIVE_OR_STREAM = /:/;

function refuse(reason: string): ResolvedRequest {
  return { ok: false, reason };
}

export function resolveAppRequest(rawUrl: string): ResolvedRequest {
  if (rawUrl.slice(0, PREFIX.length).toLowerCase() !== PREFIX) return refuse('not an app:// URL');
  const rest = rawUrl.slice(PREFIX.length);
  const hostEnd = rest.search(/[/?#]/);
  const host = hostEnd === -1 ? rest : rest.slice(0, hostEnd);
  if (host.toLowerCase() !== APP_HOST) return refuse(`unknown host "${host}"`);
  const afterHost = hostEnd === -1 ? '' : rest.slice(hostEnd);
  const queryStart = afterHost.search(/[?#]/);
  const rawPath = queryStart === -1 ? afterHost : afterHost.slice(0, queryStart);

  if (ENCODED_DANGER.test(rawPath))
    return refuse('encoded dot, slash, backslash, percent or NUL in the path');
  if (PLAIN_DANGER.test(rawPath)) return refuse('backslash or NUL in the path');
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return refuse('malformed percent-encoding');
  }
  if (PLAIN_DANGER.test(path)) return refuse('backslash or NUL in the path');
  if (path === '' || path === '/') return { ok: true, relativePath: 'index.html' };
  if (!path.startsWith('/')) return refuse('path does not start with /');

  const segments = path.slice(1).split('/');
  for (const segment of segments) {
    if (segment === '') return refuse('empty path segment (absolute path or //)');
    if (segment === '.' || segment === '..') return refuse('dot segment in the path');
    if (DRIVE_OR_STREAM.test(segment)) return refuse('colon in the path (drive letter or stream)');
  }
  return { ok: true, relativePath: segments.join('/') };
}
