// Pins the saves channel: only the app's own page may report, only with { pending: boolean }, and
// the report is kept per window.
import { describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { APP_ENTRY_URL } from '../../../electron/app-url';
import { SaveStates, registerSavesIpc } from '../../../electron/ipc/saves';
import { fakeIpcMain } from '../fakes';

function from(contentsId: number, url: string = APP_ENTRY_URL): IpcMainInvokeEvent {
  return { senderFrame: { url }, sender: { id: contentsId } } as unknown as IpcMainInvokeEvent;
}

describe('saves:state', () => {
  it('records, per window, whether saves are pending', async () => {
    const ipc = fakeIpcMain();
    const states = new SaveStates();
    registerSavesIpc(ipc, states);
    await expect(ipc.invoke('saves:state', from(7), { pending: true })).resolves.toBe(true);
    expect(states.isPending(7)).toBe(true);
    expect(states.isPending(8)).toBe(false);
    await ipc.invoke('saves:state', from(7), { pending: false });
    expect(states.isPending(7)).toBe(false);
  });

  it.each([
    ['a foreign page', [from(7, 'https://evil.example/'), { pending: true }]],
    ['a missing field', [from(7), {}]],
    ['a string for the flag', [from(7), { pending: 'yes' }]],
    ['an extra field', [from(7), { pending: true, window: 3 }]],
  ] as const)('refuses %s and records nothing', async (_label, [event, state]) => {
    const ipc = fakeIpcMain();
    const states = new SaveStates();
    registerSavesIpc(ipc, states);
    await expect(ipc.invoke('saves:state', event, state)).rejects.toThrow(/^saves:state: refused/);
    expect(states.isPending(7)).toBe(false);
  });
});
