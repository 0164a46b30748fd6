// Every editor with words not yet folded into the store, in one place, so leaving the page, hiding
// it, or the desktop shell closing the window can save them all and wait for the writes.

export interface PendingEditor {
  /** Fold this editor's unsaved words into the store now. */
  flush(): void;
  /** True while there are words the store does not hold yet. */
  pending(): boolean;
}

const editors = new Set<PendingEditor>();
const writes = new Set<Promise<unknown>>();
const listeners = new Set<(pending: boolean) => void>();
let announced = false;

function notify(): void {
  const now = hasPendingSaves();
  if (now === announced) return;
  announced = now;
  for (const listener of listeners) listener(now);
}

export function registerEditor(editor: PendingEditor): () => void {
  editors.add(editor);
  return () => {
    editors.delete(editor);
    notify();
  };
}

/** Keep `write` in view until it settles, so nobody leaves while it is on its way to disk. */
export function trackWrite<T>(write: Promise<T>): Promise<T> {
  writes.add(write);
  notify();
  const done = () => {
    writes.delete(write);
    notify();
  };
  write.then(done, done);
  return write;
}

/** An editor's words changed, or were saved: tell whoever watches (the leave prompt, the shell). */
export function pendingChanged(): void {
  notify();
}

export function hasPendingSaves(): boolean {
  return writes.size > 0 || [...editors].some((e) => e.pending());
}

/** Called with true when the first unsaved words appear and false once everything is stored. */
export function watchPendingSaves(listener: (pending: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Save every editor's words now and wait until every write has settled; true when all stored. */
export async function flushAllSaves(): Promise<boolean> {
  for (const editor of editors) editor.flush();
  let failed = false;
  while (writes.size > 0) {
    const results = await Promise.allSettled([...writes]);
    failed ||= results.some((r) => r.status === 'rejected');
  }
  return !failed && !hasPendingSaves();
}
