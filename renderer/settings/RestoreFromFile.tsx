// Restore a workspace from a file: choose it, see what it holds, then confirm. What "confirm"
// does is the caller's (Settings keeps a safety copy first; recovery starts a fresh store).
import { useState } from 'react';
import { usePlatform } from '../platform/context';
import { announce } from '../app/Announcer';
import type { FileSummary } from '../../shared/files/summary';
import type { WorkspaceFile } from '../../shared/files/envelope';
import type { OpenedFile } from '../platform/platform';
import { FilePreview } from './FilePreview';
import { WORKSPACE_FILE_KIND } from './format';
import { readWorkspaceFile } from './readWorkspaceFile';

type State =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'preview'; name: string; summary: FileSummary; file: WorkspaceFile }
  | { step: 'restoring'; name: string }
  | { step: 'failed'; message: string };

interface Props {
  /** Replace the workspace with the file; throws to say it did not. */
  onConfirm: (file: WorkspaceFile) => Promise<void>;
  /** The newest safety copy, when the host keeps them, offered beside "choose a file". */
  latest?: () => Promise<OpenedFile | null>;
  warning: string;
}

export function RestoreFromFile({ onConfirm, latest, warning }: Props) {
  const platform = usePlatform();
  const [state, setState] = useState<State>({ step: 'idle' });

  const load = async (source: () => Promise<OpenedFile | null>, none: string | null) => {
    try {
      const opened = await source();
      if (!opened) {
        if (none) setState({ step: 'failed', message: none });
        return;
      }
      setState({ step: 'reading', name: opened.name });
      const reply = await readWorkspaceFile(opened.bytes);
      setState(reply.ok ? { step: 'preview', name: opened.name, file: reply.file, summary: reply.summary } : { step: 'failed', message: reply.message });
    } catch (error) {
      setState({ step: 'failed', message: `The file could not be opened: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  const confirm = async (name: string, file: WorkspaceFile) => {
    setState({ step: 'restoring', name });
    try {
      await onConfirm(file);
      setState({ step: 'idle' });
      announce(`Restored your workspace from ${name}.`);
    } catch (error) {
      setState({ step: 'failed', message: `Nothing was changed: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  return (
    <div className="restore">
      <div className="button-row">
        <button type="button" onClick={() => void load(() => platform.openFile('Restore from a file', [WORKSPACE_FILE_KIND]), null)} disabled={state.step === 'restoring' || state.step === 'reading'}>
          Restore from a file…
        </button>
        {latest ? (
          <button type="button" onClick={() => void load(latest, 'No safety copy is kept on this computer; choose a backup file instead.')} disabled={state.step === 'restoring' || state.step === 'reading'}>
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
            <button type="button" className="primary" onClick={() => void confirm(state.name, state.file)}>
              Replace my workspace with this file
            </button>
            <button type="button" onClick={() => setState({ step: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {state.step === 'reading' ? <p role="status">Reading and checking {state.name}…</p> : null}
      {state.step === 'restoring' ? <p role="status">Restoring from {state.name}… keep Scrutiny Desk open.</p> : null}
    </div>
  );
}
