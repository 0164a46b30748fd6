// The Platform in a plain browser: a file input to open, a download to save.
import type { FileKind, OpenedFile, Platform, SaveResult } from './platform';

function pickFile(kinds: readonly FileKind[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = kinds.flatMap((k) => k.extensions.map((e) => `.${e}`)).join(',');
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

export function download(suggestedName: string, bytes: Uint8Array, mediaType: string): SaveResult {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { saved: true, location: null };
}

export function browserPlatform(): Platform {
  return {
    kind: 'browser',
    async openFile(_title, kinds): Promise<OpenedFile | null> {
      const file = await pickFile(kinds);
      return file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
    },
    async saveFile(suggestedName, bytes, kind) {
      return download(suggestedName, bytes, kind.mediaType);
    },
    async appVersion() {
      return import.meta.env.VITE_APP_VERSION ?? '0.1.0';
    },
    async dataLocation() {
      return `This browser's storage for ${window.location.origin}`;
    },
    async writeSafetyCopy(fileName, bytes) {
      return download(fileName, bytes, 'application/json');
    },
    async latestSafetyCopy() {
      return null;
    },
    async openExternal(url) {
      window.open(url, '_blank', 'noopener,noreferrer');
    },
    // A browser prints through its own dialog ("Save as PDF"), from the pack's print view.
    printPdf: null,
    reportPendingSaves() {
      // The page's own beforeunload prompt (renderer/autosave/LeaveGuard.tsx) covers a browser.
    },
  };
}
