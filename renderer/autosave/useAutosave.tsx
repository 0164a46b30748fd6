// The one way an editor saves what the member types (notes, questions, answers, tags, pack
// fields, meetings, settings). Each change is journalled at once (renderer/db/repositories/
// drafts.ts) and folded into the store on a pause, when the field loses focus, when the page is
// hidden or left, and when the editor goes away; typing never waits for the database.
import { useCallback, useEffect, useRef, useState } from 'react';
import { announce } from '../app/Announcer';
import { db } from '../db/instance';
import type { DraftChange, DraftRow } from '../db/database';
import { draftRow, dropDraft, foldDraft, writeDraft } from '../db/repositories/drafts';
import { pendingChanged, registerEditor, trackWrite } from './pending';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export const PAUSE_MS = 400;

export interface Autosave<T> {
  value: T;
  state: SaveState;
  /** The member changed the value: show it, journal it, and fold it in after a pause. */
  change: (value: T) => void;
  /** Fold it in now (on blur, or for a choice that should save at once). */
  flush: () => void;
  /** Fold it in now and wait until every fold of this field has settled (stored or failed), so
   * what comes next (deleting the note, say) sees the member's last words in the store. */
  settle: () => Promise<void>;
  /** Show `value` from the store (say, after a restore), unless the member's own words are
   * still being saved, which always win. */
  reset: (value: T) => void;
}

/**
 * `key` names the field in the journal ("annotation:<id>:body"); `toChange` says what saving a
 * value does, or null when there is nothing to keep (a new note still empty).
 */
export function useAutosave<T>(
  initial: T,
  key: string,
  toChange: (value: T) => DraftChange | null,
  options: { saved?: (value: T) => string } = {},
): Autosave<T> {
  const [value, setValue] = useState(initial);
  const [state, setState] = useState<SaveState>('idle');
  const unfolded = useRef<DraftRow | null>(null);
  const failed = useRef<DraftRow | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const folding = useRef(0);
  const folds = useRef(new Set<Promise<void>>());
  const toChangeRef = useRef(toChange);
  const savedRef = useRef(options.saved);
  const keyRef = useRef(key);
  useEffect(() => {
    toChangeRef.current = toChange;
    keyRef.current = key;
    savedRef.current = options.saved;
  }, [toChange, key, options.saved]);
  const values = useRef(new Map<DraftRow, T>());

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    const row = unfolded.current ?? failed.current;
    if (!row) return;
    unfolded.current = null;
    failed.current = null;
    setState('saving');
    folding.current++;
    const write = trackWrite(foldDraft(db, row));
    folds.current.add(write);
    const settle = () => {
      folding.current--;
      folds.current.delete(write);
    };
    write.then(settle, settle);
    write.then(
      () => {
        setState((s) => (unfolded.current ? s : 'saved'));
        const saved = values.current.get(row);
        values.current.delete(row);
        announce(savedRef.current && saved !== undefined ? savedRef.current(saved) : 'Saved');
        pendingChanged();
      },
      (error: unknown) => {
        if (!unfolded.current) failed.current = row;
        else values.current.delete(row);
        setState('failed');
        announce(
          `Not saved: ${error instanceof Error ? error.message : String(error)}. Your words are still here; try again.`,
        );
        pendingChanged();
      },
    );
  }, []);

  const change = useCallback(
    (next: T) => {
      setValue(next);
      window.clearTimeout(timer.current);
      failed.current = null;
      const what = toChangeRef.current(next);
      if (!what) {
        // Nothing to keep (a new note emptied again): nor in the journal, or the next open would
        // fold the earlier words back in and leave a note the member emptied.
        if (unfolded.current) values.current.delete(unfolded.current);
        unfolded.current = null;
        setState('idle');
        void trackWrite(dropDraft(db, keyRef.current)).catch(() => undefined);
        pendingChanged();
        return;
      }
      const row = draftRow(keyRef.current, what);
      if (unfolded.current) values.current.delete(unfolded.current);
      values.current.set(row, next);
      unfolded.current = row;
      setState('saving');
      // Issued in the same task as the keystroke: the words are on their way to disk at once.
      void trackWrite(writeDraft(db, row)).catch(() => setState('failed'));
      timer.current = window.setTimeout(flush, PAUSE_MS);
    },
    [flush],
  );

  // Counted among the page's unsaved editors while mounted; leaving the screen saves it.
  useEffect(() => {
    const unregister = registerEditor({
      flush,
      pending: () => unfolded.current !== null || failed.current !== null,
    });
    return () => {
      flush();
      unregister();
    };
  }, [flush]);

  const settle = useCallback(async () => {
    flush();
    while (folds.current.size > 0) await Promise.allSettled([...folds.current]);
  }, [flush]);

  const reset = useCallback((stored: T) => {
    if (unfolded.current || failed.current || folding.current > 0) return;
    setValue(stored);
  }, []);

  return { value, state, change, flush, settle, reset };
}

/** The combined state of several fields of one editor, for one status line. */
export function combinedState(states: readonly SaveState[]): SaveState {
  return states.includes('failed')
    ? 'failed'
    : states.includes('saving')
      ? 'saving'
      : states.includes('saved')
        ? 'saved'
        : 'idle';
}

export function SaveStatus({ state }: { state: SaveState }) {
  const words =
    state === 'saving'
      ? 'Saving…'
      : state === 'saved'
        ? 'Saved'
        : state === 'failed'
          ? 'Not saved'
          : '';
  return <span className={`save-status save-${state}`}>{words}</span>;
}
