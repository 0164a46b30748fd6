// Pins the preload bridge: exactly the contract's named functions, each invoking its own channel,
// and never ipcRenderer itself.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { bridgeChannels } from '../../shared/ipc/contract';

const invoke = vi.fn(async (..._args: unknown[]) => 'answer');
const ipcRenderer = { invoke, send: vi.fn(), on: vi.fn(), sendSync: vi.fn() };
const exposed = new Map<string, unknown>();

vi.mock('electron', () => ({
  ipcRenderer,
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
}));

let bridge: Record<string, (...args: unknown[]) => Promise<unknown>>;
beforeAll(async () => {
  await import('../../electron/preload');
  bridge = exposed.get('scrutinyDesk') as typeof bridge;
});

describe('the preload bridge', () => {
  it('exposes one object, window.scrutinyDesk, and nothing else', () => {
    expect([...exposed.keys()]).toEqual(['scrutinyDesk']);
  });

  it('has exactly the function names of the contract', () => {
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(bridgeChannels).sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('never hands out ipcRenderer or any of its methods', () => {
    for (const value of Object.values(bridge)) {
      expect(value).not.toBe(ipcRenderer);
      expect(Object.values(ipcRenderer)).not.toContain(value);
    }
  });

  it.each(Object.entries(bridgeChannels))(
    '%s invokes %s with its arguments only',
    async (name, channel) => {
      invoke.mockClear();
      const fn = bridge[name];
      if (!fn) throw new Error(`missing ${name}`);
      const args = fn.length === 0 ? [] : [{ example: name }];
      await expect(fn(...args)).resolves.toBe('answer');
      expect(invoke).toHaveBeenCalledExactlyOnceWith(channel, ...args);
    },
  );
});
