// A colleague's annotation, read-only, with who wrote it and when.
import type { Annotation } from '../../shared/model';
import { AnnotationFlags } from './AnnotationEditor';
import { PRIORITY_LABELS, QUESTION_STATUS_LABELS, RAG_LABELS, dayLabel, kindLabel, whenLabel } from './describe';

export function AnnotationView({ annotation }: { annotation: Annotation }) {
  const a = annotation;
  return (
    <div className={`annotation annotation-${a.kind} read-only`}>
      <p className="annotation-byline">
        <strong>{kindLabel(a)}</strong> by {a.author} <span className="muted">· {whenLabel(a.modifiedAt)}</span>
      </p>
      <AnnotationFlags annotation={a} />
      {a.target.selector ? <blockquote className="quote">“{a.target.selector.exact}”</blockquote> : null}
      {a.body ? <p className="annotation-body">{a.body}</p> : null}
      {a.question ? (
        <p>
          Status: {QUESTION_STATUS_LABELS[a.question.status]}
          {a.question.answer ? `. Answer: ${a.question.answer}` : ''}
        </p>
      ) : null}
      {a.rag || a.priority ? (
        <p>
          {a.rag ? <span className={`rag-badge rag-${a.rag}`}>RAG: {RAG_LABELS[a.rag]}</span> : null} {a.priority ? `Priority: ${PRIORITY_LABELS[a.priority]}` : ''}
        </p>
      ) : null}
      {a.tags.length ? <p>Tags: {a.tags.join(', ')}</p> : null}
      {a.followUpOn ? <p>Follow up on {dayLabel(a.followUpOn)}</p> : null}
    </div>
  );
}
