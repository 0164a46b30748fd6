// Take in a colleague's notes: choose their file, see what it will add, update and put in
// conflict, then confirm; the write is one all-or-nothing transaction.
import { useState } from 'react';
import { db } from '../db/instance';
import { applyIncomingNotes, readForSharing } from '../db/repositories/sharing';
import { readSettings, recordBackup } from '../db/repositories/settings';
import { writeSafetyCopyOf } from '../db/safety-copy';
import { usePlatform } from '../platform/context';
import { announce } from '../app/Announcer';
import { isInputError } from '../../shared/errors';
import { mergeChangesAnything, mergeCounts, type MergePreview } from '../../shared/merge';
import { previewInWorker } from './previewInWorker';
import { BUNDLE_FILE_KIND } from './files';
import { MergePreviewView } from './MergePreviewView';

type State =
  | { step: 'idle' }
  | { step: 'reading'; name: string; done: number; total: number }
  | { step: 'preview'; name: string; preview: MergePreview }
  | { step: 'writing'; name: string }
  | { step: 'done'; text: string }
  | { step: 'failed'; text: string };

export function ReceiveNotes() {
  const platform = usePlatform();
  const [state, setState] = useState<State>({ step: 'idle' });

  const choose = async () => {
    // A new choice starts afresh, so an earlier message is never read as this file's.
    setState({ step: 'idle' });
    try {
      const opened = await platform.openFile('Take in a colleague\u2019s notes', [
        BUNDLE_FILE_KIND,
      ]);
      if (!opened) return;
      setState({ step: 'reading', name: opened.name, done: 0, total: 0 });
      const workspace = await readForSharing(db, (p) =>
        setState({ step: 'reading', name: opened.name, done: p.done, total: p.total }),
      );
      const preview = await previewInWorker(workspace, opened.bytes);
      setState({ step: 'preview', name: opened.name, preview });
      announce(`${opened.name}: ${mergeCounts(preview)}. Nothing is changed until you confirm.`);
    } catch (error) {
      const why = isInputError(error)
        ? error.message
        : error instanceof Error
          ? error.message
          : String(error);
      setState({
        step: 'failed',
        text: `These notes cannot be taken in, and nothing was changed: ${why}`,
      });
    }
  };

  const confirm = async (name: string, preview: MergePreview) => {
    setState({ step: 'writing', name });
    try {
      // A safety copy of the whole workspace comes first, every time: if it cannot be saved, nothing is merged.
      const settings = await readSettings(db);
      const copy = await writeSafetyCopyOf(
        db,
        (file, bytes) => platform.writeSafetyCopy(file, bytes),
        'before-merge',
        settings.memberName,
      );
      await recordBackup(db, { ...copy, kind: 'safety', reason: `before taking in ${name}` });
      await applyIncomingNotes(db, preview);
      const text = `Took in the notes from ${name}: ${mergeCounts(preview)}.`;
      setState({ step: 'done', text });
      announce(text);
    } catch (error) {
      setState({
        step: 'failed',
        text: `Nothing was changed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };

  const busy = state.step === 'reading' || state.step === 'writing';
  return (
    <div className="receive-notes">
      <button type="button" onClick={() => void choose()} disabled={busy}>
        Choose a file of notes…
      </button>
      {state.step === 'reading' ? (
        <p role="status">
          Comparing {state.name} with your notes…{' '}
          {state.total > 0 ? (
            <progress aria-label="Reading your notes" max={state.total} value={state.done} />
          ) : null}
        </p>
      ) : null}
      {state.step === 'writing' ? <p role="status">Adding the notes from {state.name}…</p> : null}
      {state.step === 'done' ? <p>{state.text}</p> : null}
      {state.step === 'failed' ? (
        <p role="alert" className="error">
          {state.text}
        </p>
      ) : null}
      {state.step === 'preview' ? (
        <div className="merge-preview-box">
          <MergePreviewView name={state.name} preview={state.preview} />
          <div className="button-row">
            <button
              type="button"
              className="primary"
              onClick={() => void confirm(state.name, state.preview)}
              disabled={!mergeChangesAnything(state.preview)}
            >
              {!mergeChangesAnything(state.preview)
                ? 'Nothing to add'
                : state.preview.changes.length > 0
                  ? 'Add these notes'
                  : 'Take in these changes'}
            </button>
            <button type="button" onClick={() => setState({ step: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
