// Deleting a saved report: says exactly what it affects (notes, packs, actions), writes a safety
// copy of the workspace first, and then offers Undo on the report's own page.
import { useEffect, useState } from 'react';
import type { Report } from '../../shared/model';
import { describeImpact, type DeletionImpact } from '../../shared/corrections/delete';
import { isInputError } from '../../shared/errors';
import { announce } from '../app/Announcer';
import { db } from '../db/instance';
import { deleteReportSafely, impactOfDeleting } from '../db/repositories/corrections';
import { usePlatform } from '../platform/context';

export function DeleteReport({
  report,
  memberName,
  onCancel,
}: {
  report: Report;
  memberName: string;
  onCancel: () => void;
}) {
  const platform = usePlatform();
  const [impact, setImpact] = useState<DeletionImpact | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    void impactOfDeleting(db, report.id).then((found) => {
      if (live) setImpact(found);
    });
    return () => {
      live = false;
    };
  }, [report.id]);

  const confirm = async () => {
    setBusy(true);
    announce(`Saving a safety copy of your workspace, then deleting ${report.title}…`);
    try {
      const { safetyCopy } = await deleteReportSafely(
        db,
        report.id,
        memberName || 'a member',
        (name, bytes) => platform.writeSafetyCopy(name, bytes),
      );
      announce(
        `Deleted ${report.title}. A safety copy (${safetyCopy.fileName}) was saved first; choose Undo delete to bring everything back.`,
      );
    } catch (error) {
      setBusy(false);
      const why = isInputError(error)
        ? error.message
        : `the safety copy could not be saved (${error instanceof Error ? error.message : String(error)})`;
      announce(`Nothing was deleted: ${why}`);
    }
  };

  return (
    <section className="delete-report" aria-labelledby="delete-title">
      <h2 id="delete-title">Delete this report?</h2>
      {impact === undefined ? (
        <p role="status">Checking what uses this report…</p>
      ) : (
        <>
          <p>
            “{report.title}” and its {impact?.findings ?? 0} findings will be removed from your
            library, journeys and packs. {impact ? describeImpact(impact) : ''}
          </p>
          <p>
            Nothing is lost: a safety copy of your whole workspace is saved first, and the report
            and every note on it are kept under “Deleted reports” in your library, where you can
            restore them. You can also undo straight away.
          </p>
        </>
      )}
      <div className="review-actions">
        <button
          type="button"
          className="danger"
          onClick={() => void confirm()}
          disabled={busy || impact === undefined}
        >
          Delete report
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Keep the report
        </button>
      </div>
    </section>
  );
}
