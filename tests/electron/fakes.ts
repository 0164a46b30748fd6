// Small stand-ins for Electron objects, for the main-process tests (Electron itself is mocked).
import type { IpcMainInvokeEvent } from 'electron';
import { APP_ENTRY_URL } from '../../electron/app-url';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

/** An ipcMain that records handlers so a test can invoke them as the renderer would. */
export function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle(channel: string, handler: Handler) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    },
    invoke(channel: string, event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}`);
      return handler(event, ...args);
    },
  };
}

/** An invoke event as if sent by a frame at `url` (the app's own page unless told otherwise). */
export function eventFrom(url: string | null = APP_ENTRY_URL): IpcMainInvokeEvent {
  return {
    senderFrame: url === null ? null : { url },
    sender: {},
  } as unknown as IpcMainInvokeEvent;
}
