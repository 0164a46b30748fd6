// One finding: its kind (and, on request, why the importer chose it), themes and words (with the
// member's highlights and search matches), a summary of notes, and the buttons to annotate it,
// correct it or see it in the report.
import { memo, useMemo, useRef, useState } from 'react';
import type { Annotation, Finding } from '../../shared/model';
import { FINDING_KIND_LABELS } from '../../shared/model';
import { anchorQuote } from '../../shared/search/quote';
import type { FindingSummary } from '../../shared/search/filter';
import { routeHref } from '../app/route';
import { AnnotationPanel } from '../annotations/AnnotationPanel';
import type { FindingSelection } from '../annotations/HighlightForm';
import { RAG_LABELS } from '../annotations/describe';
import { displayPieces } from './textPieces';
import { FindingCorrections } from './FindingCorrections';
import { KindReason } from '../import/KindReason';

interface Props {
  finding: Finding;
  position: number;
  annotations: readonly Annotation[];
  summary: FindingSummary | undefined;
  memberName: string;
  terms: readonly string[];
  current: boolean;
  open: boolean;
  sourceShown: boolean;
  onToggleOpen: (id: string) => void;
  onToggleSource: (id: string) => void;
  onFocusFinding: (id: string) => void;
}

/** The selected stretch of `container`'s text, as offsets into it, if the selection is inside. */
function selectionIn(container: HTMLElement): FindingSelection | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer))
    return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const text = range.toString();
  return text.trim() ? { start, end: start + text.length, text } : null;
}

export const FindingCard = memo(function FindingCard(props: Props) {
  const { finding, annotations, summary, memberName, terms, current, open, sourceShown } = props;
  const textRef = useRef<HTMLParagraphElement>(null);
  const [selection, setSelection] = useState<FindingSelection | null>(null);
  const [correcting, setCorrecting] = useState(false);
  const quotes = useMemo(
    () =>
      annotations
        .filter((a) => !a.deletedAt && a.target.selector && !a.orphaned)
        .map((a) => (a.target.selector ? anchorQuote(finding.text, a.target.selector) : null))
        .filter((r): r is { start: number; end: number } => r !== null),
    [annotations, finding.text],
  );
  const pieces = useMemo(
    () => displayPieces(finding.text, quotes, terms),
    [finding.text, quotes, terms],
  );
  const captureSelection = () => {
    if (!textRef.current) return;
    const found = selectionIn(textRef.current);
    if (found) {
      setSelection(found);
      if (!open) props.onToggleOpen(finding.id);
    }
  };
  const titleId = `finding-${finding.id}-title`;

  return (
    <article
      id={`finding-${finding.id}`}
      className={`finding kind-${finding.kind}${current ? ' current' : ''}`}
      aria-labelledby={titleId}
      tabIndex={-1}
      onFocus={(e) => {
        if (e.target === e.currentTarget) props.onFocusFinding(finding.id);
      }}
    >
      <header className="finding-head">
        <h3 id={titleId} className="finding-title">
          <span className={`kind-badge kind-${finding.kind}`}>
            {FINDING_KIND_LABELS[finding.kind]}
          </span>
          <span className="visually-hidden"> {props.position}</span>
        </h3>
        {finding.themes.length > 0 ? (
          <span className="themes">Themes: {finding.themes.join(', ')}</span>
        ) : null}
        <span className="muted source-ref">
          Paragraph {finding.source.paragraph}
          {finding.source.page ? `, page ${finding.source.page}` : ''}
        </span>
      </header>
      <p
        className="finding-text"
        ref={textRef}
        onMouseUp={captureSelection}
        onKeyUp={captureSelection}
      >
        {pieces.map((p, i) =>
          p.quote || p.hit ? (
            <mark key={i} className={`${p.quote ? 'quote-mark' : ''}${p.hit ? ' search-hit' : ''}`}>
              {p.text}
            </mark>
          ) : (
            p.text
          ),
        )}
      </p>
      <KindReason finding={finding} number={props.position} />
      <FindingBadges summary={summary} />
      <div className="finding-actions">
        <button type="button" aria-expanded={open} onClick={() => props.onToggleOpen(finding.id)}>
          {open ? 'Close notes' : summary?.total ? `Notes (${summary.total})` : 'Annotate'}
        </button>
        <button
          type="button"
          aria-pressed={sourceShown}
          onClick={() => props.onToggleSource(finding.id)}
        >
          {sourceShown ? 'Hide in report' : 'Show in report'}
        </button>
        <button
          type="button"
          aria-expanded={correcting}
          onClick={() => setCorrecting((v) => !v)}
          aria-label={`Correct finding ${props.position}`}
        >
          {correcting ? 'Close corrections' : 'Correct'}
        </button>
      </div>
      {correcting ? (
        <FindingCorrections finding={finding} position={props.position} memberName={memberName} />
      ) : null}
      {open ? (
        <AnnotationPanel
          finding={finding}
          annotations={annotations}
          memberName={memberName}
          selection={selection}
        />
      ) : null}
    </article>
  );
}, sameCard);

/** A save re-reads the report's annotations as new objects; a card only re-renders when its own
 * annotations' revisions, summary or search words really changed, so typing stays smooth. */
function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.text === b.text &&
      a.kind === b.kind &&
      a.themes.join('\u0000') === b.themes.join('\u0000') &&
      a.source.start === b.source.start)
  );
}

function sameCard(a: Props, b: Props): boolean {
  return (
    sameFinding(a.finding, b.finding) &&
    a.position === b.position &&
    a.memberName === b.memberName &&
    a.current === b.current &&
    a.open === b.open &&
    a.sourceShown === b.sourceShown &&
    a.onToggleOpen === b.onToggleOpen &&
    a.onToggleSource === b.onToggleSource &&
    a.onFocusFinding === b.onFocusFinding &&
    a.terms.join('\u0000') === b.terms.join('\u0000') &&
    a.annotations.length === b.annotations.length &&
    a.annotations.every((x, i) => {
      const y = b.annotations[i];
      return (
        y !== undefined &&
        x.id === y.id &&
        x.rev === y.rev &&
        x.orphaned === y.orphaned &&
        x.conflicts.length === y.conflicts.length
      );
    }) &&
    JSON.stringify(a.summary) === JSON.stringify(b.summary)
  );
}

/** My RAG rating; where other members rated the finding too, each rating with the members who
 * gave it ("RAG: Red - AO; Amber - BH", mine first), and a flag where they disagree. */
function RatingBadge({ summary }: { summary: FindingSummary }) {
  const groups = summary.ratings;
  const first = groups[0];
  if (!first) return null;
  const onlyMine = groups.length === 1 && first.members.length === 1 && summary.myRag !== null;
  if (onlyMine)
    return <span className={`rag-badge rag-${first.rag}`}>RAG: {RAG_LABELS[first.rag]}</span>;
  return (
    <>
      <span className={`rag-badge rag-${summary.myRag ?? first.rag}`}>
        RAG:{' '}
        {groups.map((g, i) => (
          <span key={g.rag}>
            {i > 0 ? '; ' : ''}
            {RAG_LABELS[g.rag]} -{' '}
            {g.members.map((m, j) => (
              <span key={m.owner}>
                {j > 0 ? ', ' : ''}
                {m.label === m.name ? m.label : <abbr title={m.name}>{m.label}</abbr>}
              </span>
            ))}
          </span>
        ))}
      </span>
      {summary.disagree ? <span className="flag-disagree">Members disagree</span> : null}
    </>
  );
}

function FindingBadges({ summary }: { summary: FindingSummary | undefined }) {
  if (!summary || summary.total === 0) return null;
  return (
    <p className="finding-badges">
      <RatingBadge summary={summary} />
      <span>
        {summary.total} {summary.total === 1 ? 'annotation' : 'annotations'}
        {summary.mine ? `, ${summary.mine} yours` : ''}
      </span>
      {summary.openQuestions ? (
        <span>
          {summary.openQuestions} open {summary.openQuestions === 1 ? 'question' : 'questions'}
        </span>
      ) : null}
      {summary.conflicted ? (
        <a className="flag-conflict" href={routeHref({ screen: 'sharing' })}>
          Conflicting versions: resolve in Share notes
        </a>
      ) : null}
      {summary.orphaned ? <span className="flag-orphaned">Has orphaned notes</span> : null}
    </p>
  );
}
