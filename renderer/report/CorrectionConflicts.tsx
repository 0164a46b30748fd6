// Corrections of one thing that two members made differently (each without seeing the other's),
// shown side by side as note conflicts are: the report shows the newer until the member keeps one.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/instance';
import { correctionHeads, correctionTarget, inConflict } from '../../shared/corrections/make';
import { correctionSubject, correctionValueWords } from '../../shared/corrections/describe';
import { longDate } from '../../shared/pack/format';
import type { Correction } from '../../shared/model';
import { saveCorrection } from './CorrectReport';

function conflictsOf(corrections: readonly Correction[]): Correction[][] {
  const byTarget = new Map<string, Correction[]>();
  for (const c of corrections) {
    const target = correctionTarget(c);
    if (target !== null) byTarget.set(target, [...(byTarget.get(target) ?? []), c]);
  }
  return [...byTarget.values()].map(correctionHeads).filter(inConflict);
}

export function CorrectionConflicts({
  reportId,
  memberName,
}: {
  reportId: string;
  memberName: string;
}) {
  const conflicts = useLiveQuery(
    async () => conflictsOf(await db.corrections.where('reportId').equals(reportId).toArray()),
    [reportId],
  );
  if (!conflicts || conflicts.length === 0) return null;
  return (
    <section className="correction-conflicts" aria-labelledby="correction-conflicts-title">
      <h2 id="correction-conflicts-title">Corrections that differ</h2>
      <ul>
        {conflicts.map((heads) => {
          const [shown] = heads;
          if (!shown) return null;
          const subject = correctionSubject(shown);
          return (
            <li key={heads.map((h) => h.id).join(' ')}>
              <p>
                {subject.charAt(0).toUpperCase()}
                {subject.slice(1)} was corrected differently:{' '}
                {heads
                  .map(
                    (h) =>
                      `${h.by || 'a member'} chose ${correctionValueWords(h)} on ${longDate(h.at.slice(0, 10))}`,
                  )
                  .join('; ')}
                . The report shows {correctionValueWords(shown)} until you keep one.
              </p>
              <div className="button-row">
                {heads.map((h) => (
                  <button
                    key={h.id}
                    type="button"
                    onClick={() =>
                      void saveCorrection(
                        reportId,
                        h.change,
                        memberName,
                        `Kept ${correctionValueWords(h)} for ${subject}.`,
                      )
                    }
                  >
                    Keep {correctionValueWords(h)} ({h.by || 'a member'})
                  </button>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
