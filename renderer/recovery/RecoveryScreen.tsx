// When the store cannot be opened: what happened in plain words, what is safe, and what to do:
// try again, update the app, or restore the latest safety copy or a backup file into a fresh store.
import { db } from '../db/instance';
import type { WriteProgress } from '../db/repositories/workspace';
import { usePlatform } from '../platform/context';
import { RestoreFromFile } from '../settings/RestoreFromFile';
import { PendingRestoreError, type RestoreSession } from '../settings/restore-session';
import '../settings/settings.css';

export type Problem = 'newer' | 'safety-copy' | 'failed' | 'replaced';

const EXPLAIN: Record<Problem, { title: string; body: string }> = {
  newer: {
    title: 'This computer’s notes were saved by a newer Scrutiny Desk',
    body: 'A newer version of Scrutiny Desk has used the store on this computer, and this version cannot read it safely. Nothing has been changed. Update Scrutiny Desk, then open it again.',
  },
  'safety-copy': {
    title: 'Scrutiny Desk could not save a safety copy before updating',
    body: 'This version stores your notes in an improved way, and always saves a safety copy of them first. The safety copy could not be saved, so nothing has been changed. Check there is free disk space (in a browser, allow the download), then try again.',
  },
  failed: {
    title: 'Scrutiny Desk could not open your notes',
    body: 'The store on this computer did not open. Closing other Scrutiny Desk windows and trying again often helps. If it still does not open, restore your latest safety copy or a backup file.',
  },
  replaced: {
    title: 'Scrutiny Desk was updated in another window',
    body: 'Another window opened a newer version of your store, so this window has stopped using it. Nothing has been lost. Reload this window to carry on.',
  },
};

/** Put the file's workspace in place of the store that could not be opened. The old store is
 * kept until the file's workspace is safely held beside it (renderer/db/replace-store.ts), so a
 * failure before then changes nothing; once the old store is gone, the next open finishes the
 * work, so the window reloads either way. */
async function restoreIntoFreshStore(
  session: RestoreSession,
  onProgress: (progress: WriteProgress) => void,
): Promise<void> {
  // The page's handle on the store never opened; the worker makes its own by the same name.
  db.close();
  try {
    await session.write(db.name, 'fresh-store', onProgress);
  } catch (error) {
    if (!(error instanceof PendingRestoreError)) throw error;
  }
  window.location.reload();
}

export function RecoveryScreen({
  problem,
  detail,
  onRetry,
}: {
  problem: Problem;
  detail: string;
  onRetry: () => void;
}) {
  const platform = usePlatform();
  const text = EXPLAIN[problem];
  return (
    <section aria-labelledby="recovery-title" className="recovery">
      <h1 id="recovery-title">{text.title}</h1>
      <p>{text.body}</p>
      <div className="button-row">
        {problem === 'replaced' ? (
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            Reload this window
          </button>
        ) : (
          <button type="button" className="primary" onClick={onRetry}>
            Try again
          </button>
        )}
      </div>
      {problem === 'failed' ? (
        <>
          <h2>Restore your notes</h2>
          <RestoreFromFile
            onConfirm={restoreIntoFreshStore}
            latest={() => platform.latestSafetyCopy()}
            warning="Your workspace will be replaced by this file. The store that could not be opened is kept until the whole file has been copied in safely. Choose the newest backup or safety copy you have."
          />
        </>
      ) : null}
      {detail ? (
        <details>
          <summary>Technical details for support</summary>
          <p>{detail}</p>
        </details>
      ) : null}
    </section>
  );
}
