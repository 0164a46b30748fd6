// The library: reports grouped by authority, newest first, with grades and each authority's
// journey on demand; or a helpful empty state when there are none.
import { useMemo, useState } from 'react';
import { routeHref } from '../app/route';
import { useLibrary, useMemberName } from '../db/hooks/workspace';
import { correctedBy } from '../../shared/corrections/describe';
import { DeletedReports } from './DeletedReports';
import type { Framework, Judgement, Report } from '../../shared/model';
import { JourneyView } from '../journey/JourneyView';
import { describeLineage, sameJourney } from '../../shared/authorities';
import { WorkspaceSearch } from '../search/WorkspaceSearch';
import {
  areaLabel,
  frameworkLabel,
  gradeLabel,
  receivedFromLabel,
  reportDateLabel,
} from './labels';
import { inspectionName } from '../../shared/journey/inspection-name';

interface AuthorityGroup {
  authorityId: string;
  authority: string;
  /** The LA code; null for reports whose authority a member has still to choose. */
  code: string | null;
  reports: Report[];
  /** This authority's reports and those of the authorities it took over, for its journey. */
  journeyReports: Report[];
}

/** One group per authority by LA code (a report with no code stays with its own record). */
function groupByAuthority(reports: readonly Report[]): AuthorityGroup[] {
  const groups = new Map<string, AuthorityGroup>();
  // Reports arrive newest first, so each group's first report is its newest, and groups keep
  // the order of their newest report.
  for (const r of reports) {
    const key = r.authorityCode ?? r.authorityId;
    const g = groups.get(key) ?? {
      authorityId: r.authorityId,
      authority: r.authority,
      code: r.authorityCode,
      reports: [],
      journeyReports: [],
    };
    g.reports.push(r);
    groups.set(key, g);
  }
  for (const g of groups.values())
    g.journeyReports = g.code
      ? reports.filter((r) => sameJourney({ authorityId: g.authorityId, authorityCode: g.code }, r))
      : g.reports;
  return [...groups.values()];
}

export function LibraryScreen() {
  const library = useLibrary();
  const memberName = useMemberName() ?? '';
  const groups = useMemo(() => groupByAuthority(library?.reports ?? []), [library]);
  const judgementsByReport = useMemo(() => {
    const map = new Map<string, Judgement[]>();
    for (const j of library?.judgements ?? [])
      map.set(j.reportId, [...(map.get(j.reportId) ?? []), j]);
    for (const list of map.values()) list.sort((a, b) => a.order - b.order);
    return map;
  }, [library]);

  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Reports</h1>
      {library === undefined ? (
        <p role="status">Loading your reports…</p>
      ) : library.reports.length === 0 ? (
        <div className="empty-state">
          <p>You have no inspection reports yet.</p>
          <p>
            Import the report Ofsted published (PDF, Word, web page or text) and Scrutiny Desk will
            list its judgements and findings for you to annotate. Everything stays on this computer.
          </p>
          <a className="button primary" href={routeHref({ screen: 'import' })}>
            Import a report
          </a>
        </div>
      ) : (
        <>
          <p>
            {library.reports.length} {library.reports.length === 1 ? 'report' : 'reports'} from{' '}
            {groups.length} {groups.length === 1 ? 'authority' : 'authorities'}, newest first.
          </p>
          <WorkspaceSearch />
          {groups.map((g) => (
            <AuthorityReports
              key={g.authorityId}
              group={g}
              judgementsByReport={judgementsByReport}
            />
          ))}
        </>
      )}
      <DeletedReports memberName={memberName} />
    </section>
  );
}

function AuthorityReports({
  group,
  judgementsByReport,
}: {
  group: AuthorityGroup;
  judgementsByReport: ReadonlyMap<string, Judgement[]>;
}) {
  const [showJourney, setShowJourney] = useState(false);
  const headingId = `authority-${group.authorityId}`;
  const journeyId = `journey-${group.authorityId}`;
  // Said only where the journey really crosses a reorganisation: a report of another code is in it.
  const lineage =
    group.code && group.journeyReports.some((r) => r.authorityCode !== group.code)
      ? describeLineage(group.code)
      : [];
  return (
    <section className="authority" aria-labelledby={headingId}>
      <h2 id={headingId}>{group.authority}</h2>
      {group.code ? null : (
        <p className="muted">
          Not yet filed under a council of the list: open a report and choose its authority, so its
          journey holds together.
        </p>
      )}
      <ul className="report-list">
        {group.reports.map((r) => (
          <li key={r.id} className="report-card">
            <a
              href={routeHref({ screen: 'report', reportId: r.id, findingId: null })}
              className="report-title"
            >
              {r.title}
            </a>
            <p className="muted">
              {inspectionName(r)} ·{' '}
              <span className="framework-note">{frameworkLabel(r.framework, r.variant)}</span> ·{' '}
              {reportDateLabel(r)}
            </p>
            {r.receivedFrom ? <p className="received-from">{receivedFromLabel(r)}</p> : null}
            <GradeList judgements={judgementsByReport.get(r.id) ?? []} framework={r.framework} />
          </li>
        ))}
      </ul>
      <button
        type="button"
        aria-expanded={showJourney}
        aria-controls={journeyId}
        onClick={() => setShowJourney((v) => !v)}
      >
        {showJourney ? `Hide ${group.authority}’s journey` : `Show ${group.authority}’s journey`}
      </button>
      <div id={journeyId} hidden={!showJourney}>
        {showJourney && lineage.length ? (
          <p>This journey runs across a reorganisation: {lineage.join('; ')}.</p>
        ) : null}
        {showJourney ? (
          <JourneyView
            authority={group.authority}
            code={group.code}
            reports={group.journeyReports}
            judgements={group.journeyReports.flatMap((r) => judgementsByReport.get(r.id) ?? [])}
          />
        ) : null}
      </div>
    </section>
  );
}

function GradeList({
  judgements,
  framework,
}: {
  judgements: readonly Judgement[];
  framework: Framework;
}) {
  if (judgements.length === 0)
    return <p className="muted">No graded judgements (an ungraded visit or summary).</p>;
  return (
    <dl className="grades">
      {judgements.map((j) => (
        <div key={j.id}>
          <dt>{areaLabel(j.key, j.label, framework)}</dt>
          <dd className={`grade grade-${j.grade}`}>
            {gradeLabel(j.grade, j.score, framework)}
            {j.correction ? (
              <span className="corrected"> ({correctedBy(j.correction)})</span>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
