// The report's judgements, each with the previous grade for the same area and whether it moved.
import { memo, useMemo } from 'react';
import { authorityJourney, judgementInJourney } from '../../shared/journey/journey';
import { yearInspectionName } from '../../shared/journey/inspection-name';
import type { Judgement, Report } from '../../shared/model';
import { useAuthorityHistory } from '../db/hooks/workspace';
import { areaLabel, gradeLabel } from '../library/labels';
import { ChangeBadge } from '../journey/ChangeBadge';
import { correctedBy } from '../../shared/corrections/describe';

export const JudgementPanel = memo(function JudgementPanel({
  report,
  judgements,
}: {
  report: Report;
  judgements: readonly Judgement[];
}) {
  const history = useAuthorityHistory(report);
  const journey = useMemo(
    () => (history ? authorityJourney(history.reports, history.judgements) : []),
    [history],
  );
  return (
    <section className="judgement-panel" aria-labelledby="judgements-title">
      <h2 id="judgements-title">Judgements</h2>
      {judgements.length === 0 ? (
        <p>This report has no graded judgements (an ungraded visit, letter or summary).</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Grade</th>
                <th scope="col">Previous grade</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {judgements.map((j) => {
                const entry = judgementInJourney(journey, report.id, j.key);
                return (
                  <tr key={j.id}>
                    <th scope="row">{areaLabel(j.key, j.label, report.framework)}</th>
                    <td className={`grade grade-${j.grade}`}>
                      {gradeLabel(j.grade, j.score, report.framework)}
                      {j.correction ? (
                        <span className="corrected">
                          {' '}
                          ({correctedBy(j.correction)}; read as{' '}
                          {gradeLabel(
                            j.correction.imported.grade,
                            j.correction.imported.score,
                            report.framework,
                          )}
                          )
                        </span>
                      ) : null}
                    </td>
                    <td>
                      {entry?.previous
                        ? `${gradeLabel(entry.previous.grade, entry.previous.score)} (${entry.previous.inspection})`
                        : 'None recorded'}
                    </td>
                    <td>{entry ? <ChangeBadge change={entry.change} /> : null}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {report.previousGrades.length > 0 ? (
        <p className="muted">
          The report also states earlier grades:{' '}
          {report.previousGrades
            .map(
              (p) =>
                `${p.label}${p.year ? ` (${yearInspectionName(p.year)})` : ''}: ${gradeLabel(p.grade)}`,
            )
            .join('; ')}
          .
        </p>
      ) : null}
    </section>
  );
});
