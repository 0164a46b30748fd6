// The one way to register an IPC handler: the sender must be the app's own page, and the
// arguments must match the contract's schema, before the handler runs.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  ipcSchemas,
  type IpcArgs,
  type IpcChannel,
  type IpcResult,
} from '../../shared/ipc/contract';
import { isAppUrl } from '../app-url';

export type ChannelHandler<C extends IpcChannel> = (
  event: IpcMainInvokeEvent,
  ...args: IpcArgs<C>
) => Promise<IpcResult<C>>;

/** Thrown back to the renderer (as a rejected promise) when a call is refused. */
export class IpcRefusedError extends Error {
  override name = 'IpcRefusedError';
}

export function senderUrl(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): string | null {
  return event.senderFrame?.url ?? null;
}

/** Checks origin and arguments, then calls `handler` with the parsed arguments. */
export function guard<C extends IpcChannel>(
  channel: C,
  handler: ChannelHandler<C>,
): (event: IpcMainInvokeEvent, ...raw: unknown[]) => Promise<IpcResult<C>> {
  return async (event, ...raw) => {
    const url = senderUrl(event);
    if (!isAppUrl(url))
      throw new IpcRefusedError(
        `${channel}: refused a call from outside the app (${url ?? 'no frame'}).`,
      );
    const parsed = ipcSchemas[channel].args.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new IpcRefusedError(
        `${channel}: refused arguments: ${issue ? `${issue.path.join('.') || 'arguments'}: ${issue.message}` : 'invalid'}.`,
      );
    }
    return handler(event, ...(parsed.data as IpcArgs<C>));
  };
}

export function handleChannel<C extends IpcChannel>(
  ipcMain: Pick<IpcMain, 'handle'>,
  channel: C,
  handler: ChannelHandler<C>,
): void {
  ipcMain.handle(channel, guard(channel, handler));
}
