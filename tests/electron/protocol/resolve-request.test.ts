// Pins the path rules of the app:// protocol: only plain paths inside the bundle are served.
import { describe, expect, it } from 'vitest';
import { resolveAppRequest } from '../../../electron/protocol/resolve-request';

describe('resolveAppRequest serves plain paths', () => {
  it.each([
    ['app://scrutiny-desk/', 'index.html'],
    ['app://scrutiny-desk', 'index.html'],
    ['app://scrutiny-desk/index.html', 'index.html'],
    ['app://scrutiny-desk/index.html?x=1#/library', 'index.html'],
    ['app://scrutiny-desk/assets/index-C9jkzd1v.js', 'assets/index-C9jkzd1v.js'],
    ['app://SCRUTINY-DESK/assets/a.css', 'assets/a.css'],
    ['app://scrutiny-desk/assets/a%20b.png', 'assets/a b.png'],
  ])('%s -> %s', (url, path) => {
    expect(resolveAppRequest(url)).toEqual({ ok: true, relativePath: path });
  });
});

describe('resolveAppRequest refuses', () => {
  it.each([
    ['parent segment', 'app://scrutiny-desk/../etc/passwd'],
    ['nested parent segment', 'app://scrutiny-desk/assets/../../secret'],
    ['current segment', 'app://scrutiny-desk/./index.html'],
    ['encoded dots', 'app://scrutiny-desk/%2e%2e/etc/passwd'],
    ['upper-case encoded dots', 'app://scrutiny-desk/%2E%2E/etc/passwd'],
    ['half-encoded dots', 'app://scrutiny-desk/.%2e/etc/passwd'],
    ['encoded slash', 'app://scrutiny-desk/..%2fetc%2fpasswd'],
    ['encoded backslash', 'app://scrutiny-desk/..%5c..%5cwindows'],
    ['double encoding', 'app://scrutiny-desk/%252e%252e/etc'],
    ['encoded NUL', 'app://scrutiny-desk/index.html%00.png'],
    ['backslash', 'app://scrutiny-desk/..\\..\\windows'],
    ['absolute path after host', 'app://scrutiny-desk//etc/passwd'],
    ['drive letter', 'app://scrutiny-desk/C:/Windows/win.ini'],
    ['empty segment', 'app://scrutiny-desk/assets//a.js'],
    ['malformed encoding', 'app://scrutiny-desk/%E0%A4%A'],
    ['other host', 'app://evil/index.html'],
    ['host with credentials', 'app://x@scrutiny-desk/index.html'],
    ['other scheme', 'file:///etc/passwd'],
    ['https', 'https://scrutiny-desk/index.html'],
  ])('%s: %s', (_label, url) => {
    expect(resolveAppRequest(url).ok).toBe(false);
  });
});
