// Pins that pages cannot navigate, redirect, embed webviews or open windows, and that only
// allow-listed https links reach the member's browser.
import { describe, expect, it, vi } from 'vitest';
import type { Shell, WebContents } from 'electron';
import { lockDownContents } from '../../electron/navigation';

type Listener = (event: { preventDefault: () => void }, url?: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  };
  const shell = { openExternal: vi.fn(async () => undefined) };
  lockDownContents(contents as unknown as WebContents, shell as unknown as Shell);
  return {
    shell,
    emit(name: string, url?: string) {
      const event = { preventDefault: vi.fn() };
      const listener = listeners.get(name);
      if (!listener) throw new Error(`no listener for ${name}`);
      listener(event, url);
      return event;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('locked-down web contents', () => {
  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (name) => {
    const contents = fakeContents();
    expect(contents.emit(name, 'https://evil.example/').preventDefault).toHaveBeenCalledOnce();
  });

  it('prevents navigation even to the app itself or a trusted site', () => {
    const contents = fakeContents();
    expect(
      contents.emit('will-navigate', 'app://scrutiny-desk/index.html').preventDefault,
    ).toHaveBeenCalled();
    expect(contents.emit('will-navigate', 'https://www.gov.uk/').preventDefault).toHaveBeenCalled();
  });

  it('sends a trusted link from a navigation to the browser, and an untrusted one nowhere', () => {
    const contents = fakeContents();
    contents.emit('will-navigate', 'https://reports.ofsted.gov.uk/provider/44/80512');
    contents.emit('will-navigate', 'https://evil.example/');
    expect(contents.shell.openExternal.mock.calls).toEqual([
      ['https://reports.ofsted.gov.uk/provider/44/80512'],
    ]);
  });

  it('denies every new window, opening only allow-listed https links externally', () => {
    const contents = fakeContents();
    expect(contents.open('https://www.legislation.gov.uk/ukpga/1989/41')).toEqual({
      action: 'deny',
    });
    expect(contents.open('http://www.gov.uk/')).toEqual({ action: 'deny' });
    expect(contents.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(contents.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(contents.shell.openExternal.mock.calls).toEqual([
      ['https://www.legislation.gov.uk/ukpga/1989/41'],
    ]);
  });
});
