// The committee-paper fields of a pack: council, report author, contact officer, what the
// committee is asked to do, the Schedule 12A paragraphs of an exempt item, and each report's
// address on Ofsted's website for the background papers.
import { useId, useMemo } from 'react';
import type { BriefingPack, CommitteePaper, Finding, Report } from '../../shared/model';
import { SCHEDULE_12A } from '../../shared/model';
import { reportName } from '../../shared/pack/format';
import { defaultAskedTo } from '../../shared/pack/paper';

/** The reports a pack draws on, in the order it first names them. */
function reportsInPack(
  pack: BriefingPack,
  reports: readonly Report[],
  findings: readonly Finding[],
): Report[] {
  const findingReport = new Map(findings.map((f) => [f.id, f.reportId]));
  const ids = [
    ...new Set(
      pack.items
        .map((i) => (i.type === 'report' ? i.reportId : findingReport.get(i.findingId)))
        .filter((id): id is string => id !== undefined),
    ),
  ];
  return ids
    .map((id) => reports.find((r) => r.id === id))
    .filter((r): r is Report => r !== undefined);
}

export function PaperSettings({
  pack,
  reports,
  findings,
  onChange,
}: {
  pack: BriefingPack;
  reports: readonly Report[];
  findings: readonly Finding[];
  onChange: (patch: Partial<BriefingPack>) => void;
}) {
  const ids = useId();
  const paper = pack.paper ?? {};
  const set = (patch: Partial<CommitteePaper>) => onChange({ paper: { ...paper, ...patch } });
  const inPack = useMemo(() => reportsInPack(pack, reports, findings), [pack, reports, findings]);
  const chosen = new Set(paper.exemptParagraphs ?? []);
  const toggleParagraph = (n: number, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(n);
    else next.delete(n);
    set({ exemptParagraphs: [...next].sort((a, b) => a - b) });
  };
  return (
    <section aria-labelledby={`${ids}-title`} className="pack-form">
      <h2 id={`${ids}-title`}>Committee paper</h2>
      <label htmlFor={`${ids}-council`}>Council</label>
      <input
        id={`${ids}-council`}
        value={paper.council ?? ''}
        maxLength={200}
        onChange={(e) => set({ council: e.target.value })}
      />
      <label htmlFor={`${ids}-report-author`}>Report author</label>
      <input
        id={`${ids}-report-author`}
        aria-describedby={`${ids}-report-author-hint`}
        value={paper.reportAuthor ?? ''}
        maxLength={200}
        onChange={(e) => set({ reportAuthor: e.target.value })}
      />
      <p id={`${ids}-report-author-hint`} className="pack-muted">
        Left empty, the pack’s author is printed.
      </p>
      <label htmlFor={`${ids}-officer`}>Contact officer</label>
      <input
        id={`${ids}-officer`}
        value={paper.contactOfficer ?? ''}
        maxLength={300}
        onChange={(e) => set({ contactOfficer: e.target.value })}
      />
      <label htmlFor={`${ids}-officer-details`}>Contact officer’s email or telephone</label>
      <input
        id={`${ids}-officer-details`}
        value={paper.contactDetails ?? ''}
        maxLength={500}
        onChange={(e) => set({ contactDetails: e.target.value })}
      />
      <label htmlFor={`${ids}-asked`}>The committee is asked to</label>
      <textarea
        id={`${ids}-asked`}
        aria-describedby={`${ids}-asked-hint`}
        rows={4}
        maxLength={10_000}
        value={paper.askedTo ?? defaultAskedTo(pack.options)}
        onChange={(e) => set({ askedTo: e.target.value })}
      />
      <p id={`${ids}-asked-hint`} className="pack-muted">
        One recommendation a line. Empty, the paper has no such section.
      </p>
      {pack.exempt ? (
        <fieldset>
          <legend>Exempt under Schedule 12A (Local Government Act 1972), paragraph</legend>
          {Object.entries(SCHEDULE_12A).map(([n, wording]) => (
            <label key={n} className="pack-choice">
              <input
                type="checkbox"
                checked={chosen.has(Number(n))}
                onChange={(e) => toggleParagraph(Number(n), e.target.checked)}
              />{' '}
              {n}: {wording}
            </label>
          ))}
        </fieldset>
      ) : null}
      {inPack.length > 0 ? (
        <fieldset>
          <legend>Background papers: Ofsted addresses</legend>
          {inPack.map((r) => (
            <label key={r.id} className="pack-choice">
              Ofsted address for {reportName(r)}{' '}
              <input
                type="url"
                value={paper.reportAddresses?.[r.id] ?? ''}
                maxLength={2000}
                placeholder="https://reports.ofsted.gov.uk/…"
                onChange={(e) =>
                  set({
                    reportAddresses: { ...(paper.reportAddresses ?? {}), [r.id]: e.target.value },
                  })
                }
              />
            </label>
          ))}
        </fieldset>
      ) : null}
    </section>
  );
}
