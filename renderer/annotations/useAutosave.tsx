// Saves a field as the member types: a short pause after the last key, or leaving the field,
// writes it; the write is asynchronous, so typing never waits for the database.
import { useCallback, useEffect, useRef, useState } from 'react';
import { announce } from '../app/Announcer';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

const PAUSE_MS = 400;

export function useAutosave<T>(initial: T, save: (value: T) => Promise<void>): {
  value: T;
  state: SaveState;
  change: (value: T) => void;
  flush: () => void;
} {
  const [value, setValue] = useState(initial);
  const [state, setState] = useState<SaveState>('idle');
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    setState('saving');
    saveRef.current(next.value).then(
      () => {
        setState('saved');
        announce('Saved');
      },
      (error: unknown) => {
        setState('failed');
        announce(`Not saved: ${error instanceof Error ? error.message : String(error)}. Your words are still here; try again.`);
      },
    );
  }, []);

  const change = useCallback(
    (next: T) => {
      setValue(next);
      pending.current = { value: next };
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, PAUSE_MS);
    },
    [flush],
  );

  // Leaving the screen mid-sentence still saves the sentence.
  useEffect(() => flush, [flush]);

  return { value, state, change, flush };
}

export function SaveStatus({ state }: { state: SaveState }) {
  const words = state === 'saving' ? 'Saving…' : state === 'saved' ? 'Saved' : state === 'failed' ? 'Not saved' : '';
  return <span className={`save-status save-${state}`}>{words}</span>;
}
