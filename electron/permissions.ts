// Web permissions (camera, notifications, clipboard read, ...): refused unless listed here, and
// only ever for the app's own pages. The app needs none today; the list is a parameter so that the
// tests prove a listed permission is granted to the app, and only to the app.
import type { Session } from 'electron';
import { isAppUrl } from './app-url';

export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set<string>([]);

/** The one decision both handlers share: a listed permission asked for by the app's own page. */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string | null | undefined,
  allowed: ReadonlySet<string> = ALLOWED_PERMISSIONS,
): boolean {
  return allowed.has(permission) && isAppUrl(requestingUrl);
}

export function restrictPermissions(
  session: Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
  >,
  allowed: ReadonlySet<string> = ALLOWED_PERMISSIONS,
): void {
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(isPermissionAllowed(permission, contents.getURL(), allowed));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, allowed),
  );
  session.setDevicePermissionHandler(() => false);
}
