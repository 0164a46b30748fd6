// Choosing what goes in the pack: a whole report, or findings picked by filter or by hand.
import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { Annotation, Finding, PackItem, Report } from '../../shared/model';
import { FINDING_KINDS, FINDING_KIND_LABELS } from '../../shared/model';
import { reportDate } from '../../shared/model/report-dates';
import { reportName, shortText } from '../../shared/pack/format';
import { announce } from '../app/Announcer';
import { newestFirst, useMemberName } from '../db/hooks/workspace';
import { confirmAdding } from './confirm-add';

const SHOWN = 100;

/** "Devon ILACS inspection 2025 (2025)": a report as its findings' group is headed. */
function reportLabel(report: Report): string {
  const year = (reportDate(report) ?? '').slice(0, 4);
  return year && !reportName(report).includes(year)
    ? `${reportName(report)} (${year})`
    : reportName(report);
}

/** Findings in report order: reports newest first, each report's findings as the report has them. */
function inReportOrder(findings: readonly Finding[], reports: readonly Report[]): Finding[] {
  const rank = new Map([...reports].sort(newestFirst).map((r, i) => [r.id, i]));
  return [...findings].sort(
    (a, b) => (rank.get(a.reportId) ?? 0) - (rank.get(b.reportId) ?? 0) || a.order - b.order,
  );
}

interface Group {
  key: string;
  report: string;
  section: string;
  findings: Finding[];
}

/** Consecutive findings of one report and section as one group. */
function grouped(findings: readonly Finding[], reports: ReadonlyMap<string, Report>): Group[] {
  const groups: Group[] = [];
  for (const f of findings) {
    const last = groups[groups.length - 1];
    if (last && last.key === `${f.reportId}|${f.section}`) last.findings.push(f);
    else {
      const report = reports.get(f.reportId);
      groups.push({
        key: `${f.reportId}|${f.section}`,
        report: report ? reportLabel(report) : 'A deleted report',
        section: f.section || 'No section',
        findings: [f],
      });
    }
  }
  return groups;
}

export function FindingChooser({
  reports,
  findings,
  annotations,
  items,
  onChange,
}: {
  reports: readonly Report[];
  findings: readonly Finding[];
  annotations: readonly Annotation[];
  items: readonly PackItem[];
  onChange: (items: PackItem[]) => void;
}) {
  const ids = useId();
  const memberName = useMemberName() ?? '';
  const [reportId, setReportId] = useState('');
  const [kind, setKind] = useState('');
  const [theme, setTheme] = useState('');
  const [text, setText] = useState('');
  const [mine, setMine] = useState(false);
  const [questioned, setQuestioned] = useState(false);
  const query = useDeferredValue(text.trim().toLowerCase());
  const chosen = useMemo(
    () => new Set(items.flatMap((i) => (i.type === 'finding' ? [i.findingId] : []))),
    [items],
  );
  const themes = useMemo(() => [...new Set(findings.flatMap((f) => f.themes))].sort(), [findings]);
  const reportsById = useMemo(() => new Map(reports.map((r) => [r.id, r])), [reports]);
  const ordered = useMemo(() => inReportOrder(findings, reports), [findings, reports]);
  // Findings this member has written a note, highlight or rating on, and findings with a question for officers.
  const marked = useMemo(() => {
    const me = memberName.trim().toLowerCase();
    const live = annotations.filter((a) => a.deletedAt === null);
    return {
      mine: new Set(
        live
          .filter(
            (a) =>
              me !== '' &&
              (a.author.trim().toLowerCase() === me || a.modifiedBy.trim().toLowerCase() === me),
          )
          .map((a) => a.target.findingId),
      ),
      questions: new Set(live.filter((a) => a.kind === 'question').map((a) => a.target.findingId)),
    };
  }, [annotations, memberName]);
  const matches = useMemo(
    () =>
      ordered.filter(
        (f) =>
          (!reportId || f.reportId === reportId) &&
          (!kind || f.kind === kind) &&
          (!theme || f.themes.includes(theme)) &&
          (!mine || marked.mine.has(f.id)) &&
          (!questioned || marked.questions.has(f.id)) &&
          (!query || f.text.toLowerCase().includes(query)),
      ),
    [ordered, reportId, kind, theme, mine, questioned, marked, query],
  );

  const add = (toAdd: readonly Finding[]) => {
    const fresh = toAdd.filter((f) => !chosen.has(f.id));
    if (!confirmAdding(fresh.length, 'you can narrow the list with the filters first.')) {
      announce('Nothing added.');
      return;
    }
    onChange([...items, ...fresh.map((f) => ({ type: 'finding' as const, findingId: f.id }))]);
    announce(
      fresh.length === 1
        ? 'Added 1 finding to the pack.'
        : `Added ${fresh.length} findings to the pack.`,
    );
  };
  const toggle = (finding: Finding, include: boolean) => {
    if (include) add([finding]);
    else {
      onChange(items.filter((i) => !(i.type === 'finding' && i.findingId === finding.id)));
      announce('Removed 1 finding from the pack.');
    }
  };
  const addReport = () => {
    if (!reportId || items.some((i) => i.type === 'report' && i.reportId === reportId)) return;
    onChange([...items, { type: 'report', reportId }]);
    announce('Added the whole report to the pack.');
  };

  if (reports.length === 0) return <p>There are no reports yet: import a report first.</p>;
  return (
    <section aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Add reports and findings</h2>
      <div className="pack-filters">
        <label>
          Report{' '}
          <select value={reportId} onChange={(e) => setReportId(e.target.value)}>
            <option value="">All reports</option>
            {reports.map((r) => (
              <option key={r.id} value={r.id}>
                {reportName(r)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Kind{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">All kinds</option>
            {FINDING_KINDS.map((k) => (
              <option key={k} value={k}>
                {FINDING_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Theme{' '}
          <select value={theme} onChange={(e) => setTheme(e.target.value)}>
            <option value="">All themes</option>
            {themes.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label>
          Words in the finding{' '}
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label>
          <input type="checkbox" checked={mine} onChange={(e) => setMine(e.target.checked)} /> Only
          findings I’ve annotated or rated
        </label>
        <label>
          <input
            type="checkbox"
            checked={questioned}
            onChange={(e) => setQuestioned(e.target.checked)}
          />{' '}
          Only findings with questions for officers
        </label>
      </div>
      <div className="pack-actions">
        <button type="button" onClick={addReport} disabled={!reportId}>
          Add the whole report
        </button>
        <button type="button" onClick={() => add(matches)} disabled={matches.length === 0}>
          {matches.length === 1
            ? 'Add the 1 matching finding'
            : `Add all ${matches.length} matching findings`}
        </button>
      </div>
      <p aria-live="polite">
        {matches.length === 0
          ? 'No findings match.'
          : matches.length > SHOWN
            ? `${matches.length} findings match; the first ${SHOWN} are listed.`
            : matches.length === 1
              ? '1 finding matches.'
              : `${matches.length} findings match.`}
      </p>
      <div
        className="pack-findings"
        tabIndex={0}
        role="region"
        aria-label="Findings you can add, by report and section"
      >
        {grouped(matches.slice(0, SHOWN), reportsById).map((g, i) => (
          <section key={`${g.key}-${i}`} aria-label={`${g.report}: ${g.section}`}>
            <h3 className="pack-findings-group">
              {g.report}: {g.section}
            </h3>
            <ul>
              {g.findings.map((f) => (
                <li key={f.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={chosen.has(f.id)}
                      onChange={(e) => toggle(f, e.target.checked)}
                    />{' '}
                    <strong>{FINDING_KIND_LABELS[f.kind]}:</strong> {shortText(f.text, 30)}{' '}
                    <span className="pack-muted">({g.report})</span>
                  </label>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
