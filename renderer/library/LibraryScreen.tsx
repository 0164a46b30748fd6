// The library: every imported report, or a helpful empty state when there are none.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/instance';
import { routeHref } from '../app/route';

export function LibraryScreen() {
  const reports = useLiveQuery(() => db.reports.orderBy('publishedOn').reverse().toArray(), []);
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Reports</h1>
      {reports === undefined ? (
        <p role="status">Loading your reports…</p>
      ) : reports.length === 0 ? (
        <div className="empty-state">
          <p>You have no inspection reports yet.</p>
          <p>
            Import the report Ofsted published (PDF, Word, web page or text) and Scrutiny Desk will list its judgements
            and findings for you to annotate. Everything stays on this computer.
          </p>
          <a className="button primary" href={routeHref({ screen: 'import' })}>
            Import a report
          </a>
        </div>
      ) : (
        <ul>
          {reports.map((r) => (
            <li key={r.id}>
              <a href={routeHref({ screen: 'report', reportId: r.id, findingId: null })}>{r.title}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
