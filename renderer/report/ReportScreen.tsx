// The report view: judgements with previous grades, then the findings by section with filters,
// search and annotation, the report's text on demand, and keyboard shortcuts.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation } from '../../shared/model';
import {
  NO_FILTER,
  filterFindings,
  summariseAnnotations,
  type FindingFilter,
} from '../../shared/search/filter';
import { routeHref } from '../app/route';
import {
  useMemberId,
  useMemberName,
  useReportWorkspace,
  type ReportWorkspace,
} from '../db/hooks/workspace';
import { frameworkLabel, receivedFromLabel, reportDateLabel } from '../library/labels';
import { inspectionName } from '../../shared/journey/inspection-name';
import { useShortcuts } from '../shortcuts/shortcuts';
import { FilterBar } from './FilterBar';
import { FindingList } from './FindingList';
import { JudgementPanel } from './JudgementPanel';
import { ReportAuthority } from '../authority/ReportAuthority';
import { OrphanedNotes } from './OrphanedNotes';
import { TrackerEditor } from '../packs/TrackerEditor';
import { SourcePane } from './SourcePane';
import { CorrectReport } from './CorrectReport';
import { CorrectionConflicts } from './CorrectionConflicts';
import { DeleteReport } from './DeleteReport';
import { DeletedReportView, useDeletedReport } from './DeletedReportView';
import { searchReport, warmReportIndex } from './reportSearch';

export function ReportScreen({
  reportId,
  findingId,
}: {
  reportId: string;
  findingId: string | null;
}) {
  const workspace = useReportWorkspace(reportId);
  const memberName = useMemberName();
  const tombstone = useDeletedReport(reportId);
  if (
    workspace === undefined ||
    memberName === undefined ||
    (workspace === null && tombstone === undefined)
  )
    return <p role="status">Loading the report…</p>;
  if (workspace === null && tombstone)
    return <DeletedReportView tombstone={tombstone} memberName={memberName} />;
  if (workspace === null) {
    return (
      <section aria-labelledby="screen-title">
        <h1 id="screen-title">Report not found</h1>
        <p>
          This report is not in your library (it may have been removed).{' '}
          <a href={routeHref({ screen: 'library' })}>Go back to your reports</a>.
        </p>
      </section>
    );
  }
  return (
    <ReportView
      key={reportId}
      workspace={workspace}
      memberName={memberName}
      initialFindingId={findingId}
    />
  );
}

function ReportView({
  workspace,
  memberName,
  initialFindingId,
}: {
  workspace: ReportWorkspace;
  memberName: string;
  initialFindingId: string | null;
}) {
  const { report, judgements, findings, annotations } = workspace;
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [currentId, setCurrentId] = useState<string | null>(initialFindingId);
  const [openIds, setOpenIds] = useState<ReadonlySet<string>>(() => new Set());
  const [sourceId, setSourceId] = useState<string | null>(null);
  const [editing, setEditing] = useState<'correct' | 'delete' | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const focusRequest = useRef<string | null>(initialFindingId);

  const byFinding = useMemo(() => {
    const map = new Map<string, Annotation[]>();
    for (const a of annotations)
      map.set(a.target.findingId, [...(map.get(a.target.findingId) ?? []), a]);
    return map;
  }, [annotations]);
  // Ratings are per member: the badge and the RAG filter read this member's own (by member id).
  const memberId = useMemberId() ?? '';
  const summaries = useMemo(
    () => summariseAnnotations(annotations, { memberId: memberId || null, name: memberName }),
    [annotations, memberId, memberName],
  );
  const themes = useMemo(() => [...new Set(findings.flatMap((f) => f.themes))].sort(), [findings]);
  const hits = useMemo(
    () => searchReport(report.id, findings, annotations, deferredQuery),
    [report.id, findings, annotations, deferredQuery],
  );
  const shown = useMemo(() => {
    const filtered = filterFindings(findings, filter, summaries);
    return hits ? filtered.filter((f) => hits.has(f.id)) : filtered;
  }, [findings, filter, summaries, hits]);
  const findingIds = useMemo(() => new Set(findings.map((f) => f.id)), [findings]);
  const orphaned = useMemo(
    () =>
      annotations.filter(
        (a) => !a.deletedAt && (a.orphaned || !findingIds.has(a.target.findingId)),
      ),
    [annotations, findingIds],
  );

  useEffect(() => {
    const idle = requestIdleCallback(() => void warmReportIndex(report.id, findings, annotations), {
      timeout: 2000,
    });
    return () => cancelIdleCallback(idle);
  }, [report.id, findings, annotations]);

  const moveTo = useCallback(
    (id: string) => {
      focusRequest.current = id;
      setCurrentId(id);
      // Keep the place in the address, without a history entry per keypress, so a reload returns here.
      window.history.replaceState(
        null,
        '',
        routeHref({ screen: 'report', reportId: report.id, findingId: id }),
      );
    },
    [report.id],
  );
  const step = (delta: number) => {
    if (shown.length === 0) return;
    const at = shown.findIndex((f) => f.id === currentId);
    const next =
      shown[
        at === -1
          ? delta > 0
            ? 0
            : shown.length - 1
          : Math.max(0, Math.min(shown.length - 1, at + delta))
      ];
    if (next) moveTo(next.id);
  };
  const toggleOpen = useCallback((id: string) => setOpenIds((s) => toggled(s, id)), []);
  const toggleSource = useCallback((id: string) => setSourceId((s) => (s === id ? null : id)), []);
  useShortcuts({
    j: () => step(1),
    k: () => step(-1),
    n: () => {
      if (!currentId) return;
      setOpenIds((s) => new Set(s).add(currentId));
      focusRequest.current = `${currentId}:annotate`;
    },
    s: () => {
      if (currentId) setSourceId(currentId);
    },
    '/': () => searchRef.current?.focus(),
  });

  useEffect(() => {
    const request = focusRequest.current;
    if (!request) return;
    const [id, what] = request.split(':');
    // The annotation panel may still be loading who the member is, so its first control can come
    // a moment after this render: look again for a short while before settling for the finding.
    let tries = 0;
    let timer: number | undefined;
    const attempt = () => {
      const article = document.getElementById(`finding-${id}`);
      if (!article) return;
      const target =
        what === 'annotate'
          ? article.querySelector<HTMLElement>('.annotation-panel button, .annotation-panel input')
          : article;
      if (!target && tries++ < 20) {
        timer = window.setTimeout(attempt, 50);
        return;
      }
      focusRequest.current = null;
      (target ?? article).focus();
      article.scrollIntoView({ block: 'nearest' });
    };
    attempt();
    return () => window.clearTimeout(timer);
  });

  const sourceFinding = sourceId ? findings.find((f) => f.id === sourceId) : undefined;
  return (
    <div className={`report-layout${sourceFinding ? ' with-source' : ''}`}>
      <section className="report-main" aria-labelledby="screen-title">
        <p className="breadcrumb">
          <a href={routeHref({ screen: 'library' })}>Reports</a> › {report.authority}
        </p>
        <h1 id="screen-title">{report.title}</h1>
        <p className="muted">
          {report.authority} · {inspectionName(report)} ·{' '}
          <span className="framework-note">{frameworkLabel(report.framework, report.variant)}</span>{' '}
          · {reportDateLabel(report)}
          {report.inspectionDates ? ` · inspected ${report.inspectionDates}` : ''}
        </p>
        {report.receivedFrom ? (
          <p className="received-from">
            {receivedFromLabel(report)}: you have not imported it yourself. Importing the same
            report later makes it your own, and every note on it stays.
          </p>
        ) : null}
        <ReportAuthority report={report} />
        <div className="report-tools">
          <button
            type="button"
            aria-expanded={editing === 'correct'}
            onClick={() => setEditing((e) => (e === 'correct' ? null : 'correct'))}
          >
            Correct grades and dates
          </button>
          <button
            type="button"
            aria-expanded={editing === 'delete'}
            onClick={() => setEditing((e) => (e === 'delete' ? null : 'delete'))}
          >
            Delete this report…
          </button>
        </div>
        {editing === 'correct' ? (
          <CorrectReport
            key={`${report.inspectionDates}|${report.publishedOn}`}
            report={report}
            judgements={judgements}
            memberName={memberName}
            onClose={() => setEditing(null)}
          />
        ) : null}
        {editing === 'delete' ? (
          <DeleteReport report={report} memberName={memberName} onCancel={() => setEditing(null)} />
        ) : null}
        <JudgementPanel report={report} judgements={judgements} />
        <CorrectionConflicts reportId={report.id} memberName={memberName} />
        <TrackerEditor findings={findings} />
        <section aria-labelledby="findings-title">
          <h2 id="findings-title">Findings</h2>
          <FilterBar
            query={query}
            onQuery={setQuery}
            filter={filter}
            onFilter={setFilter}
            themes={themes}
            searchRef={searchRef}
          />
          <p className="result-count" role="status">
            {shown.length === findings.length
              ? `${findings.length} findings`
              : `${shown.length} of ${findings.length} findings match`}
          </p>
          <FindingList
            workspace={workspace}
            shown={shown}
            byFinding={byFinding}
            summaries={summaries}
            hits={hits}
            memberName={memberName}
            currentId={currentId}
            openIds={openIds}
            sourceId={sourceId}
            onToggleOpen={toggleOpen}
            onToggleSource={toggleSource}
            onFocusFinding={setCurrentId}
          />
        </section>
        <OrphanedNotes annotations={orphaned} />
      </section>
      {sourceFinding ? (
        <SourcePane report={report} finding={sourceFinding} onClose={() => setSourceId(null)} />
      ) : null}
    </div>
  );
}

function toggled(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
