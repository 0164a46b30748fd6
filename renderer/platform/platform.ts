// The one interface between the renderer and its host (Electron or a plain browser).
export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export interface FileKind {
  name: string;
  extensions: string[];
  mediaType: string;
}

export interface SaveResult {
  /** False when the member cancelled the save. */
  saved: boolean;
  /** Where it went, where the host can say (a path in Electron; null for a browser download). */
  location: string | null;
}

export interface Platform {
  readonly kind: 'electron' | 'browser';
  /** Ask the member for a file; null when they cancel. */
  openFile(title: string, kinds: readonly FileKind[]): Promise<OpenedFile | null>;
  /** Save bytes under a suggested name (native dialog and atomic write, or a download). */
  saveFile(suggestedName: string, bytes: Uint8Array, kind: FileKind): Promise<SaveResult>;
  appVersion(): Promise<string>;
  /** Where the data lives, in words a member can act on. */
  dataLocation(): Promise<string>;
  /** Keep a safety copy before risky work: a dated file in Electron, a download in the browser. */
  writeSafetyCopy(fileName: string, bytes: Uint8Array): Promise<SaveResult>;
  /** The newest safety copy the host keeps, if it keeps any (Electron only). */
  latestSafetyCopy(): Promise<OpenedFile | null>;
  openExternal(url: string): Promise<void>;
  /** Print a whole HTML document to a tagged PDF (Electron's printToPDF); null where the host
   * cannot, and the member uses the browser's print dialog instead. */
  readonly printPdf: ((html: string) => Promise<Uint8Array>) | null;
  /** Tell the host whether words are still being saved, so the desktop shell can wait for them
   * before a window closes (a browser needs nothing: the page's own leave prompt covers it). */
  reportPendingSaves(pending: boolean): void;
}
