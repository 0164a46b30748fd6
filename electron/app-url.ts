// Where the app's own pages live: the app:// scheme and its one host. Pure, so the origin check
// used by every IPC handler can be tested on its own.
export const APP_SCHEME = 'app';
export const APP_HOST = 'scrutiny-desk';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True only for a URL served by the app's own protocol and host. */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    // URL.origin is "null" for custom schemes in Node, so compare the parts instead.
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}
