// Correcting one saved finding: its kind and themes, merging it with the next, or splitting it
// after one of its sentences. Notes and pack items follow the words they were on.
import { useState } from 'react';
import {
  FINDING_KINDS,
  FINDING_KIND_LABELS,
  type Finding,
  type FindingKind,
} from '../../shared/model';
import { parseThemes } from '../../shared/import/review';
import { sentenceEnds } from '../../shared/corrections/findings';
import { db } from '../db/instance';
import { findingsOfReport } from '../db/repositories/report-findings';
import { announce } from '../app/Announcer';
import { saveCorrection } from './CorrectReport';

function around(text: string, at: number): string {
  const before = text.slice(0, at).trimEnd().split(/\s+/).slice(-4).join(' ');
  const after = text.slice(at).trimStart().split(/\s+/).slice(0, 3).join(' ');
  return `…${before} | ${after}…`;
}

/** Merge with the finding after this one in the report (whatever the filters show). */
async function mergeWithNext(
  finding: Finding,
  position: number,
  memberName: string,
): Promise<void> {
  const all = await findingsOfReport(db, finding.reportId).toArray();
  const next = all[all.findIndex((f) => f.id === finding.id) + 1];
  if (!next) {
    announce(
      `Finding ${position} is the last in the report, so there is nothing after it to merge with.`,
    );
    return;
  }
  await saveCorrection(
    finding.reportId,
    { type: 'merge', findingId: finding.id, findingText: finding.text, nextText: next.text },
    memberName,
    `Finding ${position} merged with the next one; notes on both are kept.`,
  );
}

export function FindingCorrections({
  finding,
  position,
  memberName,
}: {
  finding: Finding;
  position: number;
  memberName: string;
}) {
  const [themes, setThemes] = useState(finding.themes.join(', '));
  const ends = sentenceEnds(finding.text);
  const [cut, setCut] = useState(ends[Math.floor((ends.length - 1) / 2)] ?? 0);
  const base = { findingId: finding.id, findingText: finding.text };
  return (
    <div className="finding-corrections" role="group" aria-label={`Correct finding ${position}`}>
      <p>
        <label htmlFor={`kind-${finding.id}`}>Kind of finding {position}</label>{' '}
        <select
          id={`kind-${finding.id}`}
          value={finding.kind}
          onChange={(e) => {
            const kind = e.target.value as FindingKind;
            void saveCorrection(
              finding.reportId,
              { type: 'kind', ...base, kind },
              memberName,
              `Finding ${position} is now ${FINDING_KIND_LABELS[kind].toLowerCase()}.`,
            );
          }}
        >
          {FINDING_KINDS.map((k) => (
            <option key={k} value={k}>
              {FINDING_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label htmlFor={`themes-${finding.id}`}>Themes of finding {position}</label>{' '}
        <input
          id={`themes-${finding.id}`}
          value={themes}
          onChange={(e) => setThemes(e.target.value)}
          placeholder="comma-separated, e.g. care leavers, workforce"
        />{' '}
        <button
          type="button"
          onClick={() =>
            void saveCorrection(
              finding.reportId,
              { type: 'themes', ...base, themes: parseThemes(themes) },
              memberName,
              `Themes of finding ${position} saved.`,
            )
          }
        >
          Save themes
        </button>
      </p>
      <p>
        <button type="button" onClick={() => void mergeWithNext(finding, position, memberName)}>
          Merge with the next finding
        </button>
      </p>
      {ends.length > 0 ? (
        <p>
          <label htmlFor={`split-${finding.id}`}>Split finding {position} after</label>{' '}
          <select
            id={`split-${finding.id}`}
            value={cut}
            onChange={(e) => setCut(Number(e.target.value))}
          >
            {ends.map((end, i) => (
              <option key={end} value={end}>
                sentence {i + 1}: {around(finding.text, end)}
              </option>
            ))}
          </select>{' '}
          <button
            type="button"
            onClick={() =>
              void saveCorrection(
                finding.reportId,
                { type: 'split', ...base, at: cut },
                memberName,
                `Finding ${position} split in two; its notes stay with their words.`,
              )
            }
          >
            Split here
          </button>
        </p>
      ) : (
        <p className="muted">This finding is one sentence, so it cannot be split.</p>
      )}
    </div>
  );
}
