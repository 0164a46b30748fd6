// Review before saving: what was read (judgements, findings, warnings) beside the report's own
// text. The member corrects grades, re-classifies, merges or splits findings and edits themes;
// nothing is stored until they choose "Save report".
import { useMemo, useRef, useState } from 'react';
import { choosableGrades, gradeName } from '../../shared/frameworks';
import type { Grade } from '../../shared/model';
import type { ImportResult } from '../../shared/import/result';
import { countKinds } from '../../shared/import/result';
import {
  mergeWithNext,
  setGrade,
  setKind,
  setThemes,
  splitFinding,
} from '../../shared/import/review';
import { frameworkName } from '../../shared/import/summary';
import { announce } from '../app/Announcer';
import { FindingReview } from './FindingReview';
import { FINDINGS_PER_PAGE, groupsOfPage, pageCount, sectionStarts } from './review-pages';
import { SourceText } from './SourceText';
import { ThemeRulesNote } from './ThemeRulesNote';
import { describeReplace, type ReplaceChoice } from '../../shared/import/precheck';
import { routeHref } from '../app/route';
import { AuthorityPicker } from '../authority/AuthorityPicker';
import { assignAuthority } from '../../shared/import/authority';
import type { ThemeRule } from '../../shared/model';

export function ReviewImport({
  initial,
  memberRules,
  saving,
  replace = null,
  onSave,
  onKeep = () => undefined,
  onCancel,
}: {
  initial: ImportResult;
  memberRules: readonly ThemeRule[];
  saving: boolean;
  /** Set when this is another copy of an inspection already in the library. */
  replace?: ReplaceChoice | null;
  onSave: (result: ImportResult) => void;
  /** Keep the stored report; `corrected` says whether corrections made here are being dropped. */
  onKeep?: (corrected: boolean) => void;
  onCancel: () => void;
}) {
  const [result, setResult] = useState(initial);
  // The newest corrections, even those made by the blur that a click on "Save report" causes.
  const latest = useRef(initial);
  const [selected, setSelected] = useState<string | null>(initial.findings[0]?.id ?? null);
  const [choosing, setChoosing] = useState(false);
  const [needAuthority, setNeedAuthority] = useState(false);
  const { report } = result;
  const counts = useMemo(() => countKinds(result.findings), [result.findings]);
  const selectedFinding = result.findings.find((f) => f.id === selected) ?? null;
  const [page, setPage] = useState(0);
  const pages = pageCount(result.findings.length);
  const shownPage = Math.min(page, pages - 1);
  const groups = useMemo(
    () => groupsOfPage(result.findings, shownPage),
    [result.findings, shownPage],
  );
  const starts = useMemo(() => sectionStarts(result.findings), [result.findings]);
  const firstShown = shownPage * FINDINGS_PER_PAGE + 1;
  const lastShown = Math.min(result.findings.length, firstShown + FINDINGS_PER_PAGE - 1);
  const goTo = (next: number) => {
    setPage(next);
    announce(
      `Findings ${next * FINDINGS_PER_PAGE + 1} to ${Math.min(result.findings.length, (next + 1) * FINDINGS_PER_PAGE)} of ${result.findings.length}.`,
    );
  };
  const pager = (where: string) =>
    pages > 1 ? (
      <nav aria-label={`Pages of findings (${where})`} className="review-pager">
        <button type="button" onClick={() => goTo(shownPage - 1)} disabled={shownPage === 0}>
          Previous findings
        </button>
        <span>
          Findings {firstShown}–{lastShown} of {result.findings.length} (page {shownPage + 1} of{' '}
          {pages})
        </span>
        <button type="button" onClick={() => goTo(shownPage + 1)} disabled={shownPage >= pages - 1}>
          Next findings
        </button>
      </nav>
    ) : null;

  // A report is saved only under a council of the list, so its journey holds together.
  const save = () => {
    if (!latest.current.report.authorityCode) {
      setNeedAuthority(true);
      announce('Choose the council this report is about before saving.');
      return;
    }
    onSave(latest.current);
  };

  const change = (next: ImportResult, message: string) => {
    latest.current = next;
    setResult(next);
    announce(message);
  };

  return (
    <section aria-labelledby="screen-title" className="review-import">
      <h1 id="screen-title">Check the report before saving</h1>
      <p>
        Nothing is saved yet. Check the judgements and findings against the report&rsquo;s own
        words, correct anything that is wrong, then save.
      </p>
      <dl className="review-facts">
        <dt>Report</dt>
        <dd>{report.title}</dd>
        <dt>Authority</dt>
        <dd>
          {report.authorityCode
            ? `${report.authority} (LA ${report.authorityCode})`
            : `${report.authority}: not on the list of authorities`}{' '}
          {report.authorityCode && !choosing ? (
            <button type="button" className="link-button" onClick={() => setChoosing(true)}>
              Change the authority
            </button>
          ) : null}
        </dd>
        <dt>Kind of report</dt>
        <dd>
          {frameworkName(report.framework, report.variant)} · {report.inspectorate}
        </dd>
        <dt>Inspection dates</dt>
        <dd>{report.inspectionDates ?? 'Not stated'}</dd>
        <dt>Published</dt>
        <dd>{report.publishedOn ?? 'Not stated'}</dd>
        <dt>Lead inspector</dt>
        <dd>{report.leadInspector ?? 'Not stated'}</dd>
      </dl>
      {replace ? (
        <section aria-labelledby="already-title" className="review-warnings">
          <h2 id="already-title">This inspection is already in your library</h2>
          <p>
            You already have{' '}
            <a
              href={routeHref({ screen: 'report', reportId: replace.existing.id, findingId: null })}
            >
              {replace.existing.title}
            </a>{' '}
            for the same authority and inspection dates, from a different file (
            {replace.existing.source.name}). Choose whether this copy replaces it or the existing
            report is kept.
          </p>
          <p>{describeReplace(replace)}</p>
        </section>
      ) : null}
      {!report.authorityCode || choosing ? (
        <section aria-labelledby="choose-authority-title" className="review-authority">
          <h2 id="choose-authority-title">Which council is this report about?</h2>
          <p>
            {report.authorityCode
              ? 'Choose another council if this one is wrong.'
              : `The report does not name a council on the list of English children’s services authorities${report.authority !== 'Unknown authority' ? ` (it says “${report.authority}”)` : ''}. Choose the council before saving, so its reports stay together.`}
          </p>
          {needAuthority ? (
            <p role="alert">Choose the council this report is about before saving.</p>
          ) : null}
          <AuthorityPicker
            initialQuery={
              report.authorityCode
                ? ''
                : report.authority === 'Unknown authority'
                  ? ''
                  : (report.authority.split(/\s/)[0] ?? '')
            }
            onChoose={(entry) => {
              setChoosing(false);
              setNeedAuthority(false);
              change(assignAuthority(latest.current, entry), `Authority set to ${entry.name}.`);
            }}
          />
        </section>
      ) : null}
      {result.warnings.length ? (
        <section aria-labelledby="warnings-title" className="review-warnings">
          <h2 id="warnings-title">Please check</h2>
          <ul>
            {result.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="review-judgements-title">
        <h2 id="review-judgements-title">Judgements</h2>
        {result.judgements.length === 0 ? (
          <p>
            No graded judgements were found. That is right for visits, letters and summaries that
            give no grades.
          </p>
        ) : (
          <table className="review-judgements">
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Grade</th>
              </tr>
            </thead>
            <tbody>
              {result.judgements.map((j) => (
                <tr key={j.id}>
                  <th scope="row" id={`label-${j.id}`}>
                    {j.label}
                  </th>
                  <td>
                    {j.grade === 'score' ? (
                      j.gradeText
                    ) : (
                      <select
                        aria-label={`Grade for ${j.label}`}
                        value={j.grade}
                        onChange={(e) => {
                          const grade = e.target.value as Exclude<Grade, 'score'>;
                          change(
                            setGrade(latest.current, j.id, grade),
                            `${j.label}: grade changed to ${gradeName(grade, report.framework)}.`,
                          );
                        }}
                      >
                        {choosableGrades(report.framework).map((g) => (
                          <option key={g} value={g}>
                            {gradeName(g, report.framework)}
                          </option>
                        ))}
                      </select>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <div className="review-columns">
        <section aria-labelledby="review-findings-title" className="review-findings">
          <h2 id="review-findings-title">Findings ({result.findings.length})</h2>
          <p>
            {counts.strength} strengths, {counts.improvement} areas for improvement,{' '}
            {counts.recommendation} recommendations, {counts.context} context.
          </p>
          {starts.length > 1 ? (
            <label>
              Go to section{' '}
              <select
                aria-label="Go to section"
                value=""
                onChange={(e) => {
                  const start = starts[Number(e.target.value)];
                  if (start) goTo(start.page);
                }}
              >
                <option value="">Choose a section…</option>
                {starts.map((s, i) => (
                  <option key={`${s.section}-${i}`} value={i}>
                    {s.section} ({s.count})
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {pager('top')}
          {groups.map((group) => (
            <section
              key={`${group.section}-${group.items[0]?.index ?? 0}`}
              aria-label={`Findings under ${group.section}`}
              className="review-section"
            >
              <h3>{group.section}</h3>
              <ol start={(group.items[0]?.index ?? 0) + 1}>
                {group.items.map(({ finding: f, index }) => (
                  <FindingReview
                    key={f.id}
                    finding={f}
                    number={index + 1}
                    isLast={index === result.findings.length - 1}
                    selected={f.id === selected}
                    onSelect={() => setSelected(f.id)}
                    onKind={(kind) =>
                      change(
                        setKind(latest.current, f.id, kind),
                        `Finding ${index + 1} is now ${kind}.`,
                      )
                    }
                    onThemes={(themes) =>
                      change(
                        setThemes(latest.current, f.id, themes),
                        `Themes of finding ${index + 1} saved for review.`,
                      )
                    }
                    onMerge={() =>
                      change(
                        mergeWithNext(latest.current, f.id),
                        `Finding ${index + 1} merged with the next one.`,
                      )
                    }
                    onSplit={() => {
                      const before = latest.current;
                      const next = splitFinding(before, f.id);
                      change(
                        next,
                        next === before
                          ? `Finding ${index + 1} is one sentence and cannot be split.`
                          : `Finding ${index + 1} split in two.`,
                      );
                    }}
                  />
                ))}
              </ol>
            </section>
          ))}
          {pager('bottom')}
          <ThemeRulesNote memberRules={memberRules} />
        </section>
        <SourceText text={report.text} highlight={selectedFinding?.source ?? null} />
      </div>

      <div className="review-actions">
        {replace ? (
          <>
            <button
              type="button"
              className="primary"
              onClick={() => onKeep(latest.current !== initial)}
              disabled={saving}
            >
              Keep the existing report
            </button>
            <button type="button" onClick={save} disabled={saving}>
              Replace it with this copy
            </button>
          </>
        ) : (
          <button type="button" className="primary" onClick={save} disabled={saving}>
            Save report
          </button>
        )}
        <button type="button" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
        {saving ? <span role="status">Saving…</span> : null}
      </div>
    </section>
  );
}
