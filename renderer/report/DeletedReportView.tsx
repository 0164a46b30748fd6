// The page of a deleted report: who deleted it and when, its notes (kept, readable), and Undo.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DeletedReport } from '../../shared/model';
import { longDate } from '../../shared/pack/format';
import { isInputError } from '../../shared/errors';
import { announce } from '../app/Announcer';
import { routeHref } from '../app/route';
import { db } from '../db/instance';
import { restoreDeletedReport } from '../db/repositories/corrections';
import { AnnotationView } from '../annotations/AnnotationView';

/** The newest tombstone of a report that can still be restored; null when there is none. */
export function useDeletedReport(reportId: string): DeletedReport | null | undefined {
  return useLiveQuery(async () => {
    const rows = await db.deletedReports.where('reportId').equals(reportId).toArray();
    return (
      rows
        .filter((t) => t.removed !== null)
        .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt))[0] ?? null
    );
  }, [reportId]);
}

/** Restore a deleted report, saying in one line what happened. */
export async function restoreAndSay(tombstone: DeletedReport, memberName: string): Promise<void> {
  try {
    await restoreDeletedReport(db, tombstone.id, memberName || 'a member');
    const notes = tombstone.removed?.annotations.filter((a) => a.deletedAt === null).length ?? 0;
    announce(
      `Restored ${tombstone.title} with its ${notes} ${notes === 1 ? 'note' : 'notes'} and its places in packs.`,
    );
  } catch (error) {
    announce(
      isInputError(error)
        ? error.message
        : `The report could not be restored (${String(error)}); nothing was changed.`,
    );
  }
}

export function DeletedReportView({
  tombstone,
  memberName,
}: {
  tombstone: DeletedReport;
  memberName: string;
}) {
  const [busy, setBusy] = useState(false);
  const notes = tombstone.removed?.annotations.filter((a) => a.deletedAt === null) ?? [];
  return (
    <section aria-labelledby="screen-title">
      <p className="breadcrumb">
        <a href={routeHref({ screen: 'library' })}>Reports</a> › Deleted
      </p>
      <h1 id="screen-title">Deleted: {tombstone.title}</h1>
      <p>
        Deleted by {tombstone.deletedBy || 'a member'} on{' '}
        {longDate(tombstone.deletedAt.slice(0, 10))}. The report, its {notes.length}{' '}
        {notes.length === 1 ? 'note' : 'notes'} and its places in packs are kept and come back if
        you undo.
      </p>
      <button
        type="button"
        className="primary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void restoreAndSay(tombstone, memberName).finally(() => setBusy(false));
        }}
      >
        Undo delete
      </button>
      {notes.length > 0 ? (
        <section aria-labelledby="deleted-notes-title">
          <h2 id="deleted-notes-title">Notes kept with the deleted report ({notes.length})</h2>
          {notes.map((a) => (
            <AnnotationView key={a.id} annotation={a} />
          ))}
        </section>
      ) : null}
    </section>
  );
}
