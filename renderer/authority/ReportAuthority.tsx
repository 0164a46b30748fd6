// The report's authority on the report screen: shown with its LA code, and changed by choosing
// from the list (a report saved before codes, or filed under the wrong council).
import { useState } from 'react';
import type { Report } from '../../shared/model';
import { describeLineage } from '../../shared/authorities';
import { db } from '../db/instance';
import { setReportAuthority } from '../db/repositories/authority';
import { announce } from '../app/Announcer';
import { AuthorityPicker } from './AuthorityPicker';

export function ReportAuthority({
  report,
}: {
  report: Pick<Report, 'id' | 'authority' | 'authorityCode'>;
}) {
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const lineage = report.authorityCode ? describeLineage(report.authorityCode) : [];
  return (
    <div className="report-authority">
      <p>
        Authority: {report.authority}
        {report.authorityCode
          ? ` (LA ${report.authorityCode})`
          : ': not yet chosen from the list of authorities'}
        {lineage.length ? <span className="muted"> · {lineage.join('; ')}</span> : null}{' '}
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {report.authorityCode ? 'Change the authority' : 'Choose the authority'}
        </button>
      </p>
      {problem ? <p role="alert">{problem}</p> : null}
      {open ? (
        <AuthorityPicker
          onChoose={(entry) => {
            setReportAuthority(db, report.id, entry).then(
              () => {
                setOpen(false);
                setProblem(null);
                announce(`Authority changed to ${entry.name}.`);
              },
              (error: unknown) =>
                setProblem(
                  `The authority was not changed: ${error instanceof Error ? error.message : String(error)}`,
                ),
            );
          }}
        />
      ) : null}
    </div>
  );
}
