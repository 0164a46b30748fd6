// Correcting a saved report's grades and dates. Each change is saved at once with the member's
// name and the time; a corrected grade keeps the importer's reading, shown beside it.
import { useState } from 'react';
import {
  type ChosenGrade,
  type CorrectionChange,
  type Judgement,
  type Report,
} from '../../shared/model';
import { isInputError } from '../../shared/errors';
import { announce } from '../app/Announcer';
import { db } from '../db/instance';
import { correctReport } from '../db/repositories/corrections';
import { areaLabel, choosableGrades, gradeLabel } from '../library/labels';

/** The framework's own grades, and the grade a judgement has now should it be off that scale. */
function choosable(framework: Report['framework'], now: Judgement['grade']): ChosenGrade[] {
  const own = choosableGrades(framework);
  return now === 'score' || own.includes(now) ? own : [...own, now];
}

/** Save one correction and say what happened; a refusal is said in one line and changes nothing. */
export async function saveCorrection(
  reportId: string,
  change: CorrectionChange,
  memberName: string,
  done: string,
): Promise<boolean> {
  try {
    await correctReport(db, reportId, change, memberName || 'a member');
    announce(done);
    return true;
  } catch (error) {
    announce(
      isInputError(error)
        ? error.message.charAt(0).toUpperCase() + error.message.slice(1)
        : `The correction could not be saved (${String(error)}); nothing was changed.`,
    );
    return false;
  }
}

export function CorrectReport({
  report,
  judgements,
  memberName,
  onClose,
}: {
  report: Report;
  judgements: readonly Judgement[];
  memberName: string;
  onClose: () => void;
}) {
  const [dates, setDates] = useState(report.inspectionDates ?? '');
  const [published, setPublished] = useState(report.publishedOn ?? '');
  const datesChanged =
    dates.trim() !== (report.inspectionDates ?? '') || published !== (report.publishedOn ?? '');
  const saveDates = () =>
    void saveCorrection(
      report.id,
      { type: 'dates', inspectionDates: dates.trim() || null, publishedOn: published || null },
      memberName,
      'Dates corrected and saved.',
    );
  return (
    <section className="correct-report" aria-labelledby="correct-title">
      <h2 id="correct-title">Correct this report</h2>
      <p>
        Each change is saved at once, with your name and the date. A corrected grade keeps what the
        importer read.
      </p>
      {judgements.some((j) => j.grade !== 'score') ? (
        <fieldset>
          <legend>Grades</legend>
          {judgements
            .filter((j) => j.grade !== 'score')
            .map((j) => (
              <p key={j.id}>
                <label htmlFor={`correct-${j.id}`}>Grade for {areaLabel(j.key, j.label)}</label>{' '}
                <select
                  id={`correct-${j.id}`}
                  value={j.grade}
                  onChange={(e) => {
                    const grade = e.target.value as ChosenGrade;
                    void saveCorrection(
                      report.id,
                      { type: 'grade', key: j.key, grade },
                      memberName,
                      `${areaLabel(j.key, j.label)}: grade corrected to ${gradeLabel(grade, null, report.framework)}.`,
                    );
                  }}
                >
                  {choosable(report.framework, j.grade).map((g) => (
                    <option key={g} value={g}>
                      {gradeLabel(g, null, report.framework)}
                    </option>
                  ))}
                </select>
                {j.correction ? (
                  <span className="muted">
                    {' '}
                    Read by the importer as{' '}
                    {j.correction.imported.gradeText ||
                      gradeLabel(j.correction.imported.grade, null, report.framework)}
                    .
                  </span>
                ) : null}
              </p>
            ))}
        </fieldset>
      ) : null}
      <fieldset>
        <legend>Dates</legend>
        <p>
          <label htmlFor="correct-inspection-dates">Inspection dates</label>{' '}
          <input
            id="correct-inspection-dates"
            value={dates}
            onChange={(e) => setDates(e.target.value)}
            placeholder="e.g. 4 to 15 March 2024"
            maxLength={300}
          />
        </p>
        <p>
          <label htmlFor="correct-published">Publication date</label>{' '}
          <input
            id="correct-published"
            type="date"
            value={published}
            onChange={(e) => setPublished(e.target.value)}
          />
        </p>
        <button type="button" onClick={saveDates} disabled={!datesChanged}>
          Save dates
        </button>
      </fieldset>
      <button type="button" onClick={onClose}>
        Done correcting
      </button>
    </section>
  );
}
