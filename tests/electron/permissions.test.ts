// Pins that web permissions are refused unless listed, for requests and for checks.
import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { ALLOWED_PERMISSIONS, isPermissionAllowed, restrictPermissions } from '../../electron/permissions';

const ASKED = ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fileSystem', 'hid', 'usb', 'serial', 'midiSysex', 'pointerLock', 'fullscreen'];

function installed() {
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
  restrictPermissions(session as unknown as Session);
  const [[request]] = session.setPermissionRequestHandler.mock.calls as [[(c: unknown, p: string, cb: (granted: boolean) => void) => void]];
  const [[check]] = session.setPermissionCheckHandler.mock.calls as [[(c: unknown, p: string, origin: string) => boolean]];
  const [[device]] = session.setDevicePermissionHandler.mock.calls as [[() => boolean]];
  return { request, check, device };
}

describe('permissions', () => {
  it.each(ASKED.filter((p) => !ALLOWED_PERMISSIONS.has(p)))('refuses a request for %s from the app itself', (permission) => {
    const { request } = installed();
    const callback = vi.fn();
    request({ getURL: () => 'app://scrutiny-desk/index.html' }, permission, callback);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it.each(ASKED.filter((p) => !ALLOWED_PERMISSIONS.has(p)))('answers a check for %s with no', (permission) => {
    expect(installed().check(null, permission, 'app://scrutiny-desk')).toBe(false);
  });

  it('refuses device access (USB, HID, serial)', () => {
    expect(installed().device()).toBe(false);
  });

  it('grants a listed permission only to the app page, never to another origin', () => {
    for (const permission of ALLOWED_PERMISSIONS) {
      expect(isPermissionAllowed(permission, 'app://scrutiny-desk/index.html')).toBe(true);
      expect(isPermissionAllowed(permission, 'https://evil.example/')).toBe(false);
    }
    expect(isPermissionAllowed('not-a-listed-permission', 'app://scrutiny-desk/index.html')).toBe(false);
  });
});
