// Every page stays on the app: navigation, redirects and <webview> are blocked, new windows are
// denied, and only allow-listed https links go to the member's own browser.
import type { Shell, WebContents } from 'electron';
import { isTrustedExternalUrl } from './trusted-url';

type Contents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Opens `url` in the member's browser when it is on the allow-list; returns whether it did. */
export function openIfTrusted(shell: Pick<Shell, 'openExternal'>, url: string): boolean {
  if (!isTrustedExternalUrl(url)) return false;
  void shell.openExternal(url);
  return true;
}

export function lockDownContents(contents: Contents, shell: Pick<Shell, 'openExternal'>): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openIfTrusted(shell, url);
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openIfTrusted(shell, url);
    return { action: 'deny' };
  });
}
