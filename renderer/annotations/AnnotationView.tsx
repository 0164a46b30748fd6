// A colleague's annotation, read-only, with who wrote it and when: only its writer may change
// it, so the member is offered to copy it into a note of their own instead.
import type { Annotation } from '../../shared/model';
import { AnnotationFlags } from './AnnotationEditor';
import {
  PRIORITY_LABELS,
  QUESTION_STATUS_LABELS,
  RAG_LABELS,
  dayLabel,
  kindLabel,
  whenLabel,
} from './describe';

export function AnnotationView({
  annotation,
  onCopy,
}: {
  annotation: Annotation;
  onCopy?: (a: Annotation) => void;
}) {
  const a = annotation;
  return (
    <div className={`annotation annotation-${a.kind} read-only`}>
      <p className="annotation-byline">
        <strong>{kindLabel(a)}</strong> by {a.author}{' '}
        <span className="muted">· {whenLabel(a.modifiedAt)}</span>
      </p>
      <AnnotationFlags annotation={a} />
      {a.target.selector ? (
        <blockquote className="quote">“{a.target.selector.exact}”</blockquote>
      ) : null}
      {a.body ? <p className="annotation-body">{a.body}</p> : null}
      {a.question ? (
        <p>
          Status: {QUESTION_STATUS_LABELS[a.question.status]}
          {a.question.answer ? `. Answer: ${a.question.answer}` : ''}
        </p>
      ) : null}
      {a.rag || a.priority ? (
        <p>
          {a.rag ? (
            <span className={`rag-badge rag-${a.rag}`}>RAG: {RAG_LABELS[a.rag]}</span>
          ) : null}{' '}
          {a.priority ? `Priority: ${PRIORITY_LABELS[a.priority]}` : ''}
        </p>
      ) : null}
      {a.tags.length ? <p>Tags: {a.tags.join(', ')}</p> : null}
      {a.followUpOn ? <p>Follow up on {dayLabel(a.followUpOn)}</p> : null}
      {onCopy && a.kind !== 'rating' ? (
        <button
          type="button"
          onClick={() => onCopy(a)}
          aria-label={`Copy ${a.author}\u2019s ${kindLabel(a).toLowerCase()} into my own note`}
        >
          Copy into my own note
        </button>
      ) : null}
    </div>
  );
}
