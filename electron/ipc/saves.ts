// IPC for the renderer's word on whether a window still has words on their way to the store,
// kept per window so the close guard (electron/close-guard.ts) can wait for them.
import type { IpcMain } from 'electron';
import { handleChannel } from './handle';

/** Which windows (by web contents id) have saves pending, and who is waiting for them to finish. */
export class SaveStates {
  private readonly pending = new Set<number>();
  private readonly waiters = new Map<number, Set<() => void>>();

  set(contentsId: number, pending: boolean): void {
    if (pending) {
      this.pending.add(contentsId);
      return;
    }
    this.pending.delete(contentsId);
    for (const wake of this.waiters.get(contentsId) ?? []) wake();
    this.waiters.delete(contentsId);
  }

  isPending(contentsId: number): boolean {
    return this.pending.has(contentsId);
  }

  /** Resolves true as soon as the window reports its saves done, or false after `timeoutMs`. */
  waitUntilSaved(contentsId: number, timeoutMs: number): Promise<boolean> {
    if (!this.isPending(contentsId)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.waiters.get(contentsId)?.delete(wake);
        resolve(false);
      }, timeoutMs);
      const set = this.waiters.get(contentsId) ?? new Set<() => void>();
      set.add(wake);
      this.waiters.set(contentsId, set);
    });
  }

  /** A window that has gone has nothing left to save. */
  forget(contentsId: number): void {
    this.set(contentsId, false);
  }
}

/** The one set of save states of this process. */
export const saveStates = new SaveStates();

export function registerSavesIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  states: SaveStates = saveStates,
): void {
  handleChannel(ipcMain, 'saves:state', async (event, state) => {
    states.set(event.sender.id, state.pending);
    return true;
  });
}
