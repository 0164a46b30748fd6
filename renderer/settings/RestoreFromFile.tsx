// Restore a workspace from a file: choose it, see what it holds, then confirm. What "confirm"
// does is the caller's (Settings keeps a safety copy first; recovery starts a fresh store); the
// rows themselves are written by the worker that read the file, with progress shown here.
import { useEffect, useRef, useState } from 'react';
import { usePlatform } from '../platform/context';
import { announce } from '../app/Announcer';
import type { FileSummary } from '../../shared/files/summary';
import type { OpenedFile } from '../platform/platform';
import type { WriteProgress } from '../db/repositories/workspace';
import { FilePreview } from './FilePreview';
import { WORKSPACE_FILE_KIND } from './format';
import { openRestoreSession, type RestoreSession } from './restore-session';

type State =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'preview'; name: string; summary: FileSummary; session: RestoreSession }
  | { step: 'restoring'; name: string; progress: WriteProgress | null }
  | { step: 'failed'; message: string };

interface Props {
  /** Replace the workspace with the checked file held by `session`; throws to say it did not. */
  onConfirm: (
    session: RestoreSession,
    onProgress: (progress: WriteProgress) => void,
  ) => Promise<void>;
  /** The newest safety copy, when the host keeps them, offered beside "choose a file". */
  latest?: () => Promise<OpenedFile | null>;
  warning: string;
}

export function RestoreFromFile({ onConfirm, latest, warning }: Props) {
  const platform = usePlatform();
  const [state, setState] = useState<State>({ step: 'idle' });
  // The worker holding a checked file, let go when the member turns it down or leaves before
  // confirming. Once confirmed, the restore runs to its end even if the member leaves Settings.
  const held = useRef<RestoreSession | null>(null);
  const mounted = useRef(true);
  const hold = (session: RestoreSession | null) => {
    if (held.current !== session) held.current?.close();
    held.current = session;
  };
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      hold(null);
    };
  }, []);

  const load = async (source: () => Promise<OpenedFile | null>, none: string | null) => {
    hold(null);
    try {
      const opened = await source();
      if (!opened) {
        if (none) setState({ step: 'failed', message: none });
        return;
      }
      setState({ step: 'reading', name: opened.name });
      const reply = await openRestoreSession(opened.bytes);
      if (reply.ok && !mounted.current) {
        // The member left while the file was being read: let it go.
        reply.session.close();
        return;
      }
      if (reply.ok) hold(reply.session);
      setState(
        reply.ok
          ? {
              step: 'preview',
              name: opened.name,
              session: reply.session,
              summary: reply.session.summary,
            }
          : { step: 'failed', message: reply.message },
      );
    } catch (error) {
      setState({
        step: 'failed',
        message: `The file could not be opened: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };

  const cancel = () => {
    hold(null);
    setState({ step: 'idle' });
  };

  const confirm = async (name: string, session: RestoreSession) => {
    held.current = null;
    setState({ step: 'restoring', name, progress: null });
    try {
      await onConfirm(session, (progress) => setState({ step: 'restoring', name, progress }));
      setState({ step: 'idle' });
      announce(`Restored your workspace from ${name}.`);
    } catch (error) {
      const message = `Nothing was changed: ${error instanceof Error ? error.message : String(error)}`;
      setState({ step: 'failed', message });
      // On Settings the alert says it; elsewhere the status line must.
      if (!mounted.current) announce(`The restore from ${name} did not finish. ${message}`);
    } finally {
      session.close();
    }
  };

  return (
    <div className="restore">
      <div className="button-row">
        <button
          type="button"
          onClick={() =>
            void load(() => platform.openFile('Restore from a file', [WORKSPACE_FILE_KIND]), null)
          }
          disabled={state.step === 'restoring' || state.step === 'reading'}
        >
          Restore from a file…
        </button>
        {latest ? (
          <button
            type="button"
            onClick={() =>
              void load(
                latest,
                'No safety copy is kept on this computer; choose a backup file instead.',
              )
            }
            disabled={state.step === 'restoring' || state.step === 'reading'}
          >
            Restore the latest safety copy…
          </button>
        ) : null}
      </div>
      {state.step === 'failed' ? (
        <p role="alert" className="error">
          {state.message}
        </p>
      ) : null}
      {state.step === 'preview' ? (
        <div className="restore-preview">
          <FilePreview name={state.name} summary={state.summary} />
          <p>{warning}</p>
          <div className="button-row">
            <button
              type="button"
              className="primary"
              onClick={() => void confirm(state.name, state.session)}
            >
              Replace my workspace with this file
            </button>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {state.step === 'reading' ? <p role="status">Reading and checking {state.name}…</p> : null}
      {state.step === 'restoring' ? (
        <div role="status">
          <label htmlFor="restore-progress">
            Restoring from {state.name}… keep Scrutiny Desk open.
          </label>{' '}
          {state.progress ? (
            <progress
              id="restore-progress"
              max={Math.max(1, state.progress.total)}
              value={state.progress.done}
            >
              {state.progress.done} of {state.progress.total}
            </progress>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
