// Picks the Electron platform when the preload bridge is there, the browser one otherwise.
import type { DesktopBridge } from '../../shared/ipc/contract';
import type { Platform } from './platform';
import { browserPlatform } from './browser';
import { desktopPlatform } from './desktop';

declare global {
  interface Window {
    scrutinyDesk?: DesktopBridge;
  }
}

export function choosePlatform(): Platform {
  return window.scrutinyDesk ? desktopPlatform(window.scrutinyDesk) : browserPlatform();
}
