// An authority's journey: a chart with its key, and a grid with areas as rows and inspections as
// columns (headed by month and year, framework in small print), each grade in words and colour.
import { useId, useMemo } from 'react';
import { journeyGrid } from '../../shared/journey/grid';
import type { Judgement, Report } from '../../shared/model';
import { routeHref } from '../app/route';
import { areaLabel, gradeLabel } from '../library/labels';
import { JourneyChart } from './JourneyChart';
import { ChangeBadge } from './ChangeBadge';

export function JourneyView({
  authority,
  code,
  reports,
  judgements,
}: {
  authority: string;
  code: string | null;
  reports: readonly Report[];
  judgements: readonly Judgement[];
}) {
  const grid = useMemo(() => journeyGrid(reports, judgements, code), [reports, judgements, code]);
  const id = useId();
  if (grid.columns.length === 0) {
    return (
      <p>
        {authority} has no graded inspections in your library yet, so there is no journey to show.
      </p>
    );
  }
  return (
    <div className="journey">
      <JourneyChart grid={grid} titleId={`${id}-title`} descId={`${id}-desc`} />
      <div className="table-wrap">
        <table className="journey-table">
          <caption>{authority}: every judgement across its inspections, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              {grid.columns.map((c) => (
                <th scope="col" key={c.id}>
                  {c.reportId ? (
                    <a
                      href={routeHref({ screen: 'report', reportId: c.reportId, findingId: null })}
                    >
                      {c.heading}
                    </a>
                  ) : (
                    c.heading
                  )}
                  <small className="journey-framework">
                    {c.framework}
                    {c.authorityNote ? `, ${c.authorityNote}` : ''}
                  </small>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{areaLabel(row.key, row.label)}</th>
                {row.cells.map((e, i) => (
                  <td key={grid.columns[i]?.id ?? i}>
                    {e ? (
                      <>
                        <span className={`grade grade-${e.grade}`}>
                          {gradeLabel(e.grade, e.score)}
                        </span>
                        {e.change === 'first' ? null : (
                          <small className="journey-change">
                            <ChangeBadge change={e.change} />
                            {e.previous ? (
                              <span className="visually-hidden">
                                {' '}
                                since the {e.previous.inspection}
                              </span>
                            ) : null}
                          </small>
                        )}
                      </>
                    ) : (
                      <span className="muted">Not judged</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
