// The Platform in the desktop app (Electron): native dialogs and files through the preload bridge.
import type { DesktopBridge } from '../../shared/ipc/contract';
import type { Platform } from './platform';

export function desktopPlatform(bridge: DesktopBridge): Platform {
  const filters = (kinds: readonly { name: string; extensions: string[] }[]) =>
    kinds.map((k) => ({ name: k.name, extensions: k.extensions }));
  return {
    kind: 'electron',
    async openFile(title, kinds) {
      return bridge.openFile({ title, filters: filters(kinds) });
    },
    async saveFile(suggestedName, bytes, kind) {
      const result = await bridge.saveFile({ suggestedName, bytes, filters: filters([kind]) });
      return result ? { saved: true, location: result.path } : { saved: false, location: null };
    },
    async appVersion() {
      return (await bridge.appInfo()).version;
    },
    async dataLocation() {
      return (await bridge.appInfo()).dataFolder;
    },
    async writeSafetyCopy(fileName, bytes) {
      const result = await bridge.writeBackup({ fileName, bytes });
      return { saved: true, location: result.path };
    },
    async latestSafetyCopy() {
      const latest = await bridge.latestBackup();
      return latest ? { name: latest.name, bytes: latest.bytes } : null;
    },
    async openExternal(url) {
      await bridge.openExternal(url);
    },
  };
}
