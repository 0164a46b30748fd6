// Deleted reports in the library: each kept with its notes until the member restores it.
import { useLiveQuery } from 'dexie-react-hooks';
import { longDate } from '../../shared/pack/format';
import { routeHref } from '../app/route';
import { db } from '../db/instance';
import { deletedReports } from '../db/repositories/corrections';
import { restoreAndSay } from '../report/DeletedReportView';

export function DeletedReports({ memberName }: { memberName: string }) {
  const tombstones = useLiveQuery(() => deletedReports(db), []);
  if (!tombstones || tombstones.length === 0) return null;
  return (
    <section aria-labelledby="deleted-title" className="deleted-reports">
      <h2 id="deleted-title">Deleted reports ({tombstones.length})</h2>
      <p>
        These reports were deleted. Each is kept with its notes; restoring one brings back its notes
        and its places in packs.
      </p>
      <ul>
        {tombstones.map((t) => {
          const notes = t.removed?.annotations.filter((a) => a.deletedAt === null).length ?? 0;
          return (
            <li key={t.id}>
              <a href={routeHref({ screen: 'report', reportId: t.reportId, findingId: null })}>
                {t.title}
              </a>{' '}
              <span className="muted">
                {t.authority ? `${t.authority} · ` : ''}deleted by {t.deletedBy || 'a member'} on{' '}
                {longDate(t.deletedAt.slice(0, 10))} · {notes} {notes === 1 ? 'note' : 'notes'} kept
              </span>{' '}
              <button
                type="button"
                onClick={() => void restoreAndSay(t, memberName)}
                aria-label={`Restore ${t.title}`}
              >
                Restore
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
