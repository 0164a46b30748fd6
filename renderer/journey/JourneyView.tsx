// An authority's journey: chart and table of every judgement across its inspections.
import { useId, useMemo } from 'react';
import { authorityJourney } from '../../shared/journey/journey';
import type { Judgement, Report } from '../../shared/model';
import { routeHref } from '../app/route';
import { areaLabel, frameworkLabel, gradeLabel } from '../library/labels';
import { JourneyChart } from './JourneyChart';
import { ChangeBadge } from './ChangeBadge';

export function JourneyView({ authority, reports, judgements }: { authority: string; reports: readonly Report[]; judgements: readonly Judgement[] }) {
  const journey = useMemo(() => authorityJourney(reports, judgements), [reports, judgements]);
  const id = useId();
  if (journey.length === 0) {
    return <p>{authority} has no graded inspections in your library yet, so there is no journey to show.</p>;
  }
  return (
    <div className="journey">
      <JourneyChart journey={journey} titleId={`${id}-title`} descId={`${id}-desc`} />
      <div className="table-wrap">
        <table>
          <caption>{authority}: every judgement across its inspections, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Inspection</th>
              <th scope="col">Area</th>
              <th scope="col">Grade</th>
              <th scope="col">Compared with the time before</th>
            </tr>
          </thead>
          <tbody>
            {journey.map((e) => (
              <tr key={`${e.reportId ?? 'stated'}-${e.year}-${e.key}`}>
                <td>{e.year ?? 'Unknown'}</td>
                <td>
                  {e.reportId ? (
                    <a href={routeHref({ screen: 'report', reportId: e.reportId, findingId: null })}>{frameworkLabel(e.framework, e.variant)}</a>
                  ) : (
                    frameworkLabel(e.framework, e.variant)
                  )}
                </td>
                <td>{areaLabel(e.key, e.label)}</td>
                <td>{gradeLabel(e.grade, e.score)}</td>
                <td>
                  <ChangeBadge change={e.change} />
                  {e.previous ? <span className="muted"> (was {gradeLabel(e.previous.grade, e.previous.score)}{e.previous.year ? ` in ${e.previous.year}` : ''})</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
