// Backups: when the last one was made, "Back up now" with progress, and restore from a file
// (with a safety copy of the current workspace kept first, so a restore can be undone).
import { useState } from 'react';
import { db } from '../db/instance';
import { useLatestBackup, useSettings } from '../db/hooks/settings';
import { exportWorkspace, type ExportProgress } from '../db/repositories/workspace';
import { recordBackup } from '../db/repositories/settings';
import { restoreWorkspace } from '../db/repositories/restore';
import { usePlatform } from '../platform/context';
import { announce } from '../app/Announcer';
import { serializeWorkspace } from '../../shared/files/serialize';
import type { WriteProgress } from '../db/repositories/workspace';
import { RestoreFromFile } from './RestoreFromFile';
import type { RestoreSession } from './restore-session';
import { fileStamp } from '../../shared/util/file-stamp';
import { WORKSPACE_FILE_KIND, timeLabel } from './format';

type BackupState =
  | { step: 'idle' }
  | { step: 'reading'; progress: ExportProgress }
  | { step: 'saving' }
  | { step: 'failed'; message: string };

export function BackupSection() {
  const platform = usePlatform();
  const latest = useLatestBackup();
  const settings = useSettings();
  const [state, setState] = useState<BackupState>({ step: 'idle' });

  const backUp = async () => {
    setState({ step: 'reading', progress: { done: 0, total: 0, step: 'your workspace' } });
    try {
      const now = new Date();
      const data = await exportWorkspace(db, (progress) => setState({ step: 'reading', progress }));
      setState({ step: 'saving' });
      const fileName = `scrutiny-desk-backup-${fileStamp(now)}.json`;
      const bytes = new TextEncoder().encode(
        serializeWorkspace(data, settings?.memberName ?? '', now),
      );
      const result = await platform.saveFile(fileName, bytes, WORKSPACE_FILE_KIND);
      if (!result.saved) {
        setState({ step: 'idle' });
        announce('Backup cancelled; nothing was saved.');
        return;
      }
      await recordBackup(db, {
        at: now.toISOString(),
        kind: 'manual',
        reason: 'Back up now',
        fileName,
        location: result.location,
      });
      setState({ step: 'idle' });
      announce(`Backup saved${result.location ? ` to ${result.location}` : ` as ${fileName}`}.`);
    } catch (error) {
      setState({
        step: 'failed',
        message: `The backup was not saved: ${error instanceof Error ? error.message : String(error)}. Try again, or choose another place to save it.`,
      });
    }
  };

  const restore = async (
    session: RestoreSession,
    onProgress: (progress: WriteProgress) => void,
  ) => {
    await restoreWorkspace(
      db,
      (name, bytes) => platform.writeSafetyCopy(name, bytes),
      () => session.write(db.name, 'store', onProgress),
    );
  };

  const busy = state.step === 'reading' || state.step === 'saving';
  return (
    <section aria-labelledby="backup-title" className="settings-section">
      <h2 id="backup-title">Backups</h2>
      <p>
        <strong>Last backup: </strong>
        <span>
          {latest === undefined
            ? 'checking…'
            : latest === null
              ? 'never'
              : `${timeLabel(latest.at)} (${latest.kind === 'safety' ? `safety copy ${latest.reason}` : latest.reason})`}
        </span>
      </p>
      {latest?.location ? <p className="hint">Saved to {latest.location}</p> : null}
      <p className="hint">
        A backup is one file holding every report, finding, note and pack. Keep it somewhere other
        than this computer.
      </p>
      <button type="button" className="primary" onClick={() => void backUp()} disabled={busy}>
        Back up now
      </button>
      {state.step === 'reading' ? (
        <div role="status">
          <label htmlFor="backup-progress">Reading {state.progress.step}…</label>{' '}
          <progress
            id="backup-progress"
            max={Math.max(1, state.progress.total)}
            value={state.progress.done}
          >
            {state.progress.done} of {state.progress.total}
          </progress>
        </div>
      ) : null}
      {state.step === 'saving' ? <p role="status">Saving the backup file…</p> : null}
      {state.step === 'failed' ? (
        <p role="alert" className="error">
          {state.message}
        </p>
      ) : null}
      <h3>Restore</h3>
      <p className="hint">
        Restoring replaces everything here with the file&apos;s contents. A safety copy of what is
        here now is kept first{platform.kind === 'browser' ? ' (your browser downloads it)' : ''}.
      </p>
      <RestoreFromFile
        onConfirm={restore}
        latest={platform.kind === 'electron' ? () => platform.latestSafetyCopy() : undefined}
        warning="Everything in Scrutiny Desk on this computer will be replaced by this file. A safety copy of your current workspace is saved first."
      />
    </section>
  );
}
