// Pins what the app:// handler serves: files of the bundle with the CSP header, and nothing else.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';
import {
  createAppRequestHandler,
  registerAppScheme,
  serveAppProtocol,
} from '../../../electron/protocol/app-protocol';

let base: string;
let bundle: string;
let handler: (request: Request) => Promise<Response>;

/** Chromium hands the handler a Request whose URL text is what the page asked for. */
function requestFor(url: string): Request {
  return { url } as Request;
}

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'app-protocol-'));
  bundle = join(base, 'renderer');
  await mkdir(join(bundle, 'assets'), { recursive: true });
  await writeFile(join(bundle, 'index.html'), '<!doctype html><title>Scrutiny Desk</title>');
  await writeFile(join(bundle, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(base, 'secret.txt'), 'outside the bundle');
  await symlink(join(base, 'secret.txt'), join(bundle, 'assets', 'link-out.txt'));
  await symlink(join(bundle, 'assets', 'app.js'), join(bundle, 'link-in.js'));
  handler = createAppRequestHandler(bundle);
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('the app:// request handler', () => {
  it('serves index.html for the root, with the CSP header and an HTML type', async () => {
    const response = await handler(requestFor('app://scrutiny-desk/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Scrutiny Desk</title>');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves a script from the bundle as JavaScript', async () => {
    const response = await handler(requestFor('app://scrutiny-desk/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await response.text()).toBe('console.log(1)');
  });

  it('follows a symlink that stays inside the bundle', async () => {
    const response = await handler(requestFor('app://scrutiny-desk/link-in.js'));
    expect(response.status).toBe(200);
  });

  it('refuses a symlink that leads outside the bundle', async () => {
    const response = await handler(requestFor('app://scrutiny-desk/assets/link-out.txt'));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('outside the bundle');
  });

  it.each([
    'app://scrutiny-desk/../secret.txt',
    'app://scrutiny-desk/%2e%2e/secret.txt',
    'app://scrutiny-desk/assets/..%2f..%2fsecret.txt',
    'app://scrutiny-desk/..%5csecret.txt',
    'app://scrutiny-desk//etc/passwd',
    'app://elsewhere/index.html',
  ])('refuses %s with 403 and the CSP header', async (url) => {
    const response = await handler(requestFor(url));
    expect(response.status).toBe(403);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 for a missing file and for a folder', async () => {
    expect((await handler(requestFor('app://scrutiny-desk/missing.js'))).status).toBe(404);
    expect((await handler(requestFor('app://scrutiny-desk/assets'))).status).toBe(404);
  });
});

describe('registering the scheme', () => {
  it('makes app:// standard, secure and fetch-capable so IndexedDB works there', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const [[schemes]] = protocol.registerSchemesAsPrivileged.mock.calls as [
      [{ privileges: Record<string, boolean> }[]],
    ];
    expect(schemes[0]?.privileges.bypassCSP).toBeUndefined();
  });

  it('hands app:// requests to a handler that serves the bundle', async () => {
    const protocol = { handle: vi.fn() };
    serveAppProtocol(protocol, bundle);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const [[, registered]] = protocol.handle.mock.calls as [
      [string, (request: Request) => Promise<Response>],
    ];
    expect((await registered(requestFor('app://scrutiny-desk/index.html'))).status).toBe(200);
    expect((await registered(requestFor('app://scrutiny-desk/../secret.txt'))).status).toBe(403);
  });
});
