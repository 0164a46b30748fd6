// The preload bridge's names and channels, apart from the zod schemas so the sandboxed preload
// bundle stays small: only type imports come from contract.ts, and they vanish at build time.
import type { IpcArgs, IpcChannel, IpcResult } from './contract';

/** What the preload exposes on `window.scrutinyDesk`: one named function per channel. */
export interface DesktopBridge {
  appInfo(): Promise<IpcResult<'app:info'>>;
  openFile(options: IpcArgs<'files:open-dialog'>[0]): Promise<IpcResult<'files:open-dialog'>>;
  saveFile(options: IpcArgs<'files:save-dialog'>[0]): Promise<IpcResult<'files:save-dialog'>>;
  writeBackup(options: IpcArgs<'backups:write'>[0]): Promise<IpcResult<'backups:write'>>;
  latestBackup(): Promise<IpcResult<'backups:latest'>>;
  openExternal(url: string): Promise<boolean>;
  printPackPdf(options: IpcArgs<'packs:print-pdf'>[0]): Promise<IpcResult<'packs:print-pdf'>>;
  reportSaves(state: IpcArgs<'saves:state'>[0]): Promise<IpcResult<'saves:state'>>;
}

/** The bridge's function names, paired with their channels, for the preload and its test. */
export const bridgeChannels = {
  appInfo: 'app:info',
  openFile: 'files:open-dialog',
  saveFile: 'files:save-dialog',
  writeBackup: 'backups:write',
  latestBackup: 'backups:latest',
  openExternal: 'shell:open-external',
  printPackPdf: 'packs:print-pdf',
  reportSaves: 'saves:state',
} as const satisfies Record<keyof DesktopBridge, IpcChannel>;
