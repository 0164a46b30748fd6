// The preload: the renderer's only door to the main process. Named functions only, one per
// channel of the contract; ipcRenderer itself is never exposed.
import { contextBridge, ipcRenderer } from 'electron';
import { bridgeChannels, type DesktopBridge } from '../shared/ipc/bridge';
import type { IpcArgs, IpcResult } from '../shared/ipc/contract';

export const bridge = {
  appInfo: () => ipcRenderer.invoke(bridgeChannels.appInfo) as Promise<IpcResult<'app:info'>>,
  openFile: (options: IpcArgs<'files:open-dialog'>[0]) =>
    ipcRenderer.invoke(bridgeChannels.openFile, options) as Promise<IpcResult<'files:open-dialog'>>,
  saveFile: (options: IpcArgs<'files:save-dialog'>[0]) =>
    ipcRenderer.invoke(bridgeChannels.saveFile, options) as Promise<IpcResult<'files:save-dialog'>>,
  writeBackup: (options: IpcArgs<'backups:write'>[0]) =>
    ipcRenderer.invoke(bridgeChannels.writeBackup, options) as Promise<IpcResult<'backups:write'>>,
  latestBackup: () =>
    ipcRenderer.invoke(bridgeChannels.latestBackup) as Promise<IpcResult<'backups:latest'>>,
  openExternal: (url: string) =>
    ipcRenderer.invoke(bridgeChannels.openExternal, url) as Promise<boolean>,
  printPackPdf: (options: IpcArgs<'packs:print-pdf'>[0]) =>
    ipcRenderer.invoke(bridgeChannels.printPackPdf, options) as Promise<
      IpcResult<'packs:print-pdf'>
    >,
  reportSaves: (state: IpcArgs<'saves:state'>[0]) =>
    ipcRenderer.invoke(bridgeChannels.reportSaves, state) as Promise<IpcResult<'saves:state'>>,
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('scrutinyDesk', bridge);
