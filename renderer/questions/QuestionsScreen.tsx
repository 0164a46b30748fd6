// Questions and follow-ups: every open question for officers and every follow-up date, across
// all reports, sortable and filterable, each linking back to its finding.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/instance';
import { useMemberName } from '../db/hooks/workspace';
import { routeHref } from '../app/route';
import { QUESTION_STATUS_LABELS, dayLabel, kindLabel } from '../annotations/describe';
import { trackerRows, type TrackerOptions, type TrackerRow } from './tracker';
import { AddToPack } from '../packs/AddToPack';

const PAGE = 200;

function useTrackerRows(): TrackerRow[] | undefined {
  return useLiveQuery(async () => {
    const [questions, followUps, reports] = await Promise.all([
      db.annotations.where('question.status').anyOf('to_ask', 'asked').toArray(),
      db.annotations.where('followUpOn').above('').toArray(),
      db.reports.toArray(),
    ]);
    const byId = new Map(reports.map((r) => [r.id, r]));
    const seen = new Set<string>();
    return [...questions, ...followUps]
      .filter((a) => !seen.has(a.id) && seen.add(a.id) !== undefined)
      .map((annotation) => {
        const r = byId.get(annotation.target.reportId);
        return {
          annotation,
          authority: r?.authority ?? 'Unknown authority',
          reportTitle: r?.title ?? 'A report no longer in your library',
        };
      });
  }, []);
}

export function QuestionsScreen() {
  const rows = useTrackerRows();
  const memberName = useMemberName() ?? '';
  const [options, setOptions] = useState<TrackerOptions>({
    show: 'both',
    due: 'any',
    authority: '',
    onlyMine: false,
    sort: 'followUp',
  });
  const [limit, setLimit] = useState(PAGE);
  const today = new Date().toISOString().slice(0, 10);
  const shown = useMemo(
    () => (rows ? trackerRows(rows, options, memberName, today) : []),
    [rows, options, memberName, today],
  );
  const authorities = useMemo(
    () => [...new Set((rows ?? []).map((r) => r.authority))].sort(),
    [rows],
  );
  const set = (patch: Partial<TrackerOptions>) => setOptions((o) => ({ ...o, ...patch }));

  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Questions and follow-ups</h1>
      <div className="tracker-controls">
        <div>
          <label htmlFor="tracker-show">Show</label>
          <select
            id="tracker-show"
            value={options.show}
            onChange={(e) => set({ show: e.target.value as TrackerOptions['show'] })}
          >
            <option value="both">Open questions and follow-ups</option>
            <option value="questions">Open questions only</option>
            <option value="followups">Follow-ups only</option>
          </select>
        </div>
        <div>
          <label htmlFor="tracker-due">Follow-up due</label>
          <select
            id="tracker-due"
            value={options.due}
            onChange={(e) => set({ due: e.target.value as TrackerOptions['due'] })}
          >
            <option value="any">Any time, or no date</option>
            <option value="overdue">Overdue</option>
            <option value="week">Within 7 days (or overdue)</option>
            <option value="month">Within 30 days (or overdue)</option>
          </select>
        </div>
        <div>
          <label htmlFor="tracker-authority">Authority</label>
          <select
            id="tracker-authority"
            value={options.authority}
            onChange={(e) => set({ authority: e.target.value })}
          >
            <option value="">All authorities</option>
            {authorities.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="tracker-sort">Sort by</label>
          <select
            id="tracker-sort"
            value={options.sort}
            onChange={(e) => set({ sort: e.target.value as TrackerOptions['sort'] })}
          >
            <option value="followUp">Follow-up date, soonest first</option>
            <option value="status">Question status</option>
            <option value="authority">Authority</option>
            <option value="newest">Most recently changed</option>
          </select>
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={options.onlyMine}
            onChange={(e) => set({ onlyMine: e.target.checked })}
          />{' '}
          Only mine
        </label>
      </div>
      {rows === undefined ? (
        <p role="status">Loading questions and follow-ups…</p>
      ) : (
        <>
          <p role="status">
            {shown.length === 0
              ? 'Nothing to show. Add a question or a follow-up date to a finding and it appears here.'
              : `${shown.length} ${shown.length === 1 ? 'item' : 'items'}`}
          </p>
          {shown.length > 0 ? (
            <AddToPack
              findings={shown.map(({ annotation: a }) => ({
                id: a.target.findingId,
                reportId: a.target.reportId,
              }))}
              description="behind these questions and follow-ups"
            />
          ) : null}
          {shown.length > 0 ? <TrackerTable rows={shown.slice(0, limit)} today={today} /> : null}
          {shown.length > limit ? (
            <button type="button" onClick={() => setLimit((l) => l + PAGE)}>
              Show {Math.min(PAGE, shown.length - limit)} more
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}

function TrackerTable({ rows, today }: { rows: readonly TrackerRow[]; today: string }) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Open questions and follow-ups</caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">Status</th>
            <th scope="col">Follow up on</th>
            <th scope="col">Report</th>
            <th scope="col">By</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ annotation: a, authority, reportTitle }) => (
            <tr key={a.id}>
              <td>
                <strong>{kindLabel(a)}:</strong>{' '}
                {a.body || a.target.selector?.exact || a.target.findingText.slice(0, 120)}
              </td>
              <td>{a.question ? QUESTION_STATUS_LABELS[a.question.status] : '—'}</td>
              <td>
                {a.followUpOn ? (
                  <>
                    {dayLabel(a.followUpOn)}
                    {a.followUpOn < today ? <span className="overdue"> (overdue)</span> : null}
                  </>
                ) : (
                  'No date'
                )}
              </td>
              <td>
                <a
                  href={routeHref({
                    screen: 'report',
                    reportId: a.target.reportId,
                    findingId: a.target.findingId,
                  })}
                >
                  {authority}: {reportTitle}
                </a>
              </td>
              <td>{a.author}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
