// Choosing what goes in the pack: a whole report, or findings picked by filter or by hand.
import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { Finding, PackItem, Report } from '../../shared/model';
import { FINDING_KINDS, FINDING_KIND_LABELS } from '../../shared/model';
import { reportName, shortText } from '../../shared/pack/format';
import { announce } from '../app/Announcer';

const SHOWN = 100;

export function FindingChooser({ reports, findings, items, onChange }: { reports: readonly Report[]; findings: readonly Finding[]; items: readonly PackItem[]; onChange: (items: PackItem[]) => void }) {
  const ids = useId();
  const [reportId, setReportId] = useState('');
  const [kind, setKind] = useState('');
  const [theme, setTheme] = useState('');
  const [text, setText] = useState('');
  const query = useDeferredValue(text.trim().toLowerCase());
  const chosen = useMemo(() => new Set(items.flatMap((i) => (i.type === 'finding' ? [i.findingId] : []))), [items]);
  const themes = useMemo(() => [...new Set(findings.flatMap((f) => f.themes))].sort(), [findings]);
  const matches = useMemo(
    () =>
      findings.filter(
        (f) => (!reportId || f.reportId === reportId) && (!kind || f.kind === kind) && (!theme || f.themes.includes(theme)) && (!query || f.text.toLowerCase().includes(query)),
      ),
    [findings, reportId, kind, theme, query],
  );

  const add = (toAdd: readonly Finding[]) => {
    const fresh = toAdd.filter((f) => !chosen.has(f.id));
    onChange([...items, ...fresh.map((f) => ({ type: 'finding' as const, findingId: f.id }))]);
    announce(fresh.length === 1 ? 'Added 1 finding to the pack.' : `Added ${fresh.length} findings to the pack.`);
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
          Words in the finding <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
      </div>
      <div className="pack-actions">
        <button type="button" onClick={addReport} disabled={!reportId}>
          Add the whole report
        </button>
        <button type="button" onClick={() => add(matches)} disabled={matches.length === 0}>
          {matches.length === 1 ? 'Add the 1 matching finding' : `Add all ${matches.length} matching findings`}
        </button>
      </div>
      <p aria-live="polite">
        {matches.length === 0 ? 'No findings match.' : matches.length > SHOWN ? `${matches.length} findings match; the first ${SHOWN} are listed.` : matches.length === 1 ? '1 finding matches.' : `${matches.length} findings match.`}
      </p>
      <ul className="pack-findings" tabIndex={0} aria-label="Findings you can add">
        {matches.slice(0, SHOWN).map((f) => (
          <li key={f.id}>
            <label>
              <input type="checkbox" checked={chosen.has(f.id)} onChange={(e) => toggle(f, e.target.checked)} /> <strong>{FINDING_KIND_LABELS[f.kind]}:</strong> {shortText(f.text, 30)}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
