// Holds a window's close (and so the app's quit) while the renderer still has words on their way
// to the store: at most `timeoutMs` (3 s), then the member is asked whether to close anyway.
import type { BrowserWindow, Dialog } from 'electron';
import type { SaveStates } from './ipc/saves';

export const CLOSE_WAIT_MS = 3000;

export interface CloseGuardOptions {
  states: SaveStates;
  dialog: Pick<Dialog, 'showMessageBox'>;
  timeoutMs?: number;
  /** The member chose to keep the window open (so a quit in progress is called off). */
  onKeptOpen?: () => void;
}

type GuardedWindow = Pick<BrowserWindow, 'on' | 'close'> & { webContents: { id: number } };

export function guardWindowClose(window: GuardedWindow, options: CloseGuardOptions): void {
  const timeoutMs = options.timeoutMs ?? CLOSE_WAIT_MS;
  let allowed = false;
  let waiting = false;
  window.on('close', (event) => {
    if (allowed) return;
    const id = window.webContents.id;
    if (!options.states.isPending(id)) return;
    event.preventDefault();
    if (waiting) return;
    waiting = true;
    void options.states
      .waitUntilSaved(id, timeoutMs)
      .then(async (saved) => {
        if (saved) return true;
        const { response } = await options.dialog.showMessageBox(window as BrowserWindow, {
          type: 'warning',
          title: 'Scrutiny Desk',
          message: 'Some of your typing is not saved yet.',
          detail:
            'Scrutiny Desk is still saving your last changes. Keep the window open for a moment and try again, or close anyway (what you typed last may be lost).',
          buttons: ['Keep the window open', 'Close anyway'],
          defaultId: 0,
          cancelId: 0,
          noLink: true,
        });
        return response === 1;
      })
      .then((close) => {
        waiting = false;
        if (close) {
          allowed = true;
          window.close();
        } else {
          options.onKeptOpen?.();
        }
      });
  });
}
