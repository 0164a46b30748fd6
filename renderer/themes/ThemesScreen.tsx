// Themes: pick a theme (care leavers, front door, ...) and see its findings across every
// inspection, newest report first, each linking to its place in the report.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { FINDING_KIND_LABELS, type Finding, type Report } from '../../shared/model';
import { db } from '../db/instance';
import { routeHref } from '../app/route';
import { frameworkLabel, reportDateLabel } from '../library/labels';
import { inspectionName } from '../../shared/journey/inspection-name';
import { newestFirst } from '../db/hooks/workspace';
import { AddToPack } from '../packs/AddToPack';

const PAGE = 100;

export function ThemesScreen({ theme }: { theme: string | null }) {
  return theme ? <ThemeFindings key={theme} theme={theme} /> : <ThemeIndex />;
}

function ThemeIndex() {
  const counts = useLiveQuery(async () => {
    const themes = (await db.findings.orderBy('themes').uniqueKeys()) as string[];
    return Promise.all(
      themes.map(async (t) => ({
        theme: t,
        count: await db.findings.where('themes').equals(t).count(),
      })),
    );
  }, []);
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Themes</h1>
      <p>Choose a theme to see what every inspection in your library found about it.</p>
      {counts === undefined ? (
        <p role="status">Loading themes…</p>
      ) : counts.length === 0 ? (
        <p className="empty-state">
          No findings have themes yet. Import a report and its findings are sorted into themes for
          you.
        </p>
      ) : (
        <ul className="theme-list">
          {counts.map((c) => (
            <li key={c.theme}>
              <a href={routeHref({ screen: 'themes', theme: c.theme })}>{c.theme}</a> ({c.count}{' '}
              {c.count === 1 ? 'finding' : 'findings'})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ThemeFindings({ theme }: { theme: string }) {
  const data = useLiveQuery(async () => {
    const findings = await db.findings.where('themes').equals(theme).toArray();
    const reports = await db.reports.bulkGet([...new Set(findings.map((f) => f.reportId))]);
    return { findings, reports: reports.filter((r): r is Report => r !== undefined) };
  }, [theme]);
  const [limit, setLimit] = useState(PAGE);
  const groups = useMemo(() => {
    if (!data) return [];
    const byReport = new Map<string, Finding[]>();
    for (const f of data.findings)
      byReport.set(f.reportId, [...(byReport.get(f.reportId) ?? []), f]);
    return data.reports.sort(newestFirst).map((report) => ({
      report,
      findings: (byReport.get(report.id) ?? []).sort((a, b) => a.order - b.order),
    }));
  }, [data]);

  const visibleGroups = useMemo(() => {
    const out: typeof groups = [];
    let budget = limit;
    for (const g of groups) {
      if (budget <= 0) break;
      const findings = g.findings.slice(0, budget);
      budget -= findings.length;
      out.push({ report: g.report, findings });
    }
    return out;
  }, [groups, limit]);
  return (
    <section aria-labelledby="screen-title">
      <p className="breadcrumb">
        <a href={routeHref({ screen: 'themes', theme: null })}>Themes</a> › {theme}
      </p>
      <h1 id="screen-title">Theme: {theme}</h1>
      {data === undefined ? (
        <p role="status">Loading findings…</p>
      ) : data.findings.length === 0 ? (
        <p className="empty-state">No findings on {theme} yet.</p>
      ) : (
        <>
          <p role="status">
            {data.findings.length} {data.findings.length === 1 ? 'finding' : 'findings'} in{' '}
            {groups.length} {groups.length === 1 ? 'report' : 'reports'}, newest report first.
          </p>
          <AddToPack findings={groups.flatMap((g) => g.findings)} description={`on ${theme}`} />
          {visibleGroups.map(({ report, findings }) => {
            return (
              <section key={report.id} aria-labelledby={`theme-report-${report.id}`}>
                <h2 id={`theme-report-${report.id}`}>
                  {report.authority}: {inspectionName(report)} (
                  {frameworkLabel(report.framework, report.variant)}), {reportDateLabel(report)}
                </h2>
                <ul>
                  {findings.map((f) => (
                    <li key={f.id} className="theme-finding">
                      <strong>{FINDING_KIND_LABELS[f.kind]}:</strong> {f.text}{' '}
                      <a
                        href={routeHref({ screen: 'report', reportId: report.id, findingId: f.id })}
                      >
                        Open in the report
                        <span className="visually-hidden">
                          {' '}
                          ({report.authority}, paragraph {f.source.paragraph})
                        </span>
                      </a>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
          {data.findings.length > limit ? (
            <button type="button" onClick={() => setLimit((l) => l + PAGE)}>
              Show more findings ({data.findings.length - limit} not shown yet)
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
