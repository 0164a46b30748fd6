// The headers every page response carries, and content types by file name (a wrong type would
// make the browser refuse a module script under nosniff).
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS, contentTypeFor } from '../../../shared/security/response-headers';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-7qv6EVj4.js', 'text/javascript; charset=utf-8'],
    ['assets/pdf.worker.min.MJS', 'text/javascript; charset=utf-8'],
    ['C:\\app\\renderer\\app.css', 'text/css; charset=utf-8'],
    ['fonts/Roboto.ttf', 'font/ttf'],
    ['README', 'application/octet-stream'],
    ['folder.with.dots/README', 'application/octet-stream'],
    ['archive.tar.gz', 'application/octet-stream'],
  ])('%s is served as %s', (name, type) => {
    expect(contentTypeFor(name)).toBe(type);
  });
});

describe('SECURITY_HEADERS', () => {
  it('carry the app policy, forbid content sniffing and caching', () => {
    expect(SECURITY_HEADERS).toEqual({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
  });
});
