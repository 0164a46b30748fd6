// The report's own text beside a finding, scrolled to where the finding stands in it.
import { useEffect, useRef } from 'react';
import type { Finding, Report } from '../../shared/model';

export function SourcePane({
  report,
  finding,
  onClose,
}: {
  report: Report;
  finding: Finding;
  onClose: () => void;
}) {
  const markRef = useRef<HTMLElement>(null);
  const { start, end } = finding.source;
  useEffect(() => {
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    markRef.current?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  }, [finding.id]);
  const valid = end > start && end <= report.text.length;
  return (
    <aside className="source-pane" aria-labelledby="source-title">
      <div className="source-head">
        <h2 id="source-title">In the report</h2>
        <p className="muted">
          Paragraph {finding.source.paragraph}
          {finding.source.page ? `, page ${finding.source.page}` : ''}
        </p>
        <button type="button" onClick={onClose}>
          Close the report text
        </button>
      </div>
      <div className="source-text" tabIndex={0} role="region" aria-label="Report text">
        {valid ? (
          <>
            {report.text.slice(0, start)}
            <mark ref={markRef} className="source-current">
              {report.text.slice(start, end)}
            </mark>
            {report.text.slice(end)}
          </>
        ) : (
          report.text
        )}
      </div>
    </aside>
  );
}
