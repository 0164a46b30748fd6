// The Platform in the desktop app (Electron): native dialogs and files through the preload bridge.
import type { DesktopBridge } from '../../shared/ipc/contract';
import type { Platform } from './platform';

/**
 * Electron wraps a main-process error as "Error invoking remote method 'files:open-dialog':
 * FileRefusedError: <message>"; members should read only the message the main process wrote.
 */
export function memberMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text
    .replace(/^Error invoking remote method '[^']*': /, '')
    .replace(/^(?:[A-Z][A-Za-z]*)?Error: /, '');
}

async function unwrapped<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    throw new Error(memberMessage(error), { cause: error });
  }
}

export function desktopPlatform(bridge: DesktopBridge): Platform {
  const filters = (kinds: readonly { name: string; extensions: string[] }[]) =>
    kinds.map((k) => ({ name: k.name, extensions: k.extensions }));
  return {
    kind: 'electron',
    async openFile(title, kinds) {
      return unwrapped(bridge.openFile({ title, filters: filters(kinds) }));
    },
    async saveFile(suggestedName, bytes, kind) {
      const result = await unwrapped(
        bridge.saveFile({ suggestedName, bytes, filters: filters([kind]) }),
      );
      return result ? { saved: true, location: result.path } : { saved: false, location: null };
    },
    async appVersion() {
      return (await unwrapped(bridge.appInfo())).version;
    },
    async dataLocation() {
      return (await unwrapped(bridge.appInfo())).dataFolder;
    },
    async writeSafetyCopy(fileName, bytes) {
      const result = await unwrapped(bridge.writeBackup({ fileName, bytes }));
      return { saved: true, location: result.path };
    },
    async latestSafetyCopy() {
      const latest = await unwrapped(bridge.latestBackup());
      return latest ? { name: latest.name, bytes: latest.bytes } : null;
    },
    async openExternal(url) {
      await unwrapped(bridge.openExternal(url));
    },
    printPdf: (html) => unwrapped(bridge.printPackPdf({ html })),
    reportPendingSaves(pending) {
      // Best effort: if the shell cannot hear it, it still waits its bounded time before closing.
      void bridge.reportSaves({ pending }).catch(() => undefined);
    },
  };
}
