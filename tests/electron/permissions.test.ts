// Pins that web permissions are refused unless listed, for requests and for checks: every request
// the shipped list gets is refused, and with a listed permission the same handlers grant it to the
// app's own page and to nobody else.
import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { ALLOWED_PERMISSIONS, restrictPermissions } from '../../electron/permissions';

const APP_PAGE = 'app://scrutiny-desk/index.html';
const ASKED = [
  'media',
  'geolocation',
  'notifications',
  'clipboard-read',
  'clipboard-sanitized-write',
  'openExternal',
  'fileSystem',
  'midiSysex',
  'pointerLock',
  'fullscreen',
];

/** The handlers restrictPermissions installs on a session, as Electron would call them. */
function installed(allowed?: ReadonlySet<string>) {
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
  restrictPermissions(session as unknown as Session, allowed);
  const [[request]] = session.setPermissionRequestHandler.mock.calls as [
    [(c: { getURL(): string }, p: string, cb: (granted: boolean) => void) => void],
  ];
  const [[check]] = session.setPermissionCheckHandler.mock.calls as [
    [(c: unknown, p: string, origin: string) => boolean],
  ];
  const [[device]] = session.setDevicePermissionHandler.mock.calls as [[() => boolean]];
  const ask = (permission: string, url: string) => {
    const callback = vi.fn();
    request({ getURL: () => url }, permission, callback);
    expect(callback).toHaveBeenCalledTimes(1);
    return callback.mock.calls[0]?.[0] as boolean;
  };
  return { ask, check, device };
}

describe('permissions as shipped', () => {
  it('lists no permission: the app needs none', () => {
    expect([...ALLOWED_PERMISSIONS]).toEqual([]);
  });

  it.each(ASKED)('refuses a request for %s, even from the app itself', (permission) => {
    expect(installed().ask(permission, APP_PAGE)).toBe(false);
  });

  it.each(ASKED)('answers a check for %s with no', (permission) => {
    expect(installed().check(null, permission, 'app://scrutiny-desk')).toBe(false);
  });

  it('refuses device access (USB, HID, serial)', () => {
    expect(installed().device()).toBe(false);
  });
});

describe('a listed permission', () => {
  const listed = new Set(['clipboard-sanitized-write']);

  it('is granted to the app page, by request and by check', () => {
    const { ask, check } = installed(listed);
    expect(ask('clipboard-sanitized-write', APP_PAGE)).toBe(true);
    expect(check(null, 'clipboard-sanitized-write', 'app://scrutiny-desk')).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'http://127.0.0.1:5178/',
    'app://other-host/index.html',
    '',
  ])('is refused to %s', (url) => {
    const { ask, check } = installed(listed);
    expect(ask('clipboard-sanitized-write', url)).toBe(false);
    expect(check(null, 'clipboard-sanitized-write', url)).toBe(false);
  });

  it('does not open any other permission to the app', () => {
    const { ask } = installed(listed);
    for (const permission of ASKED.filter((p) => !listed.has(p)))
      expect(ask(permission, APP_PAGE)).toBe(false);
  });
});
