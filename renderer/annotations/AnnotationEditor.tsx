// Edits one of the member's own annotations; every field saves as it changes.
import { useCallback, useId } from 'react';
import type { Annotation, QuestionStatus } from '../../shared/model';
import { QUESTION_STATUSES } from '../../shared/model';
import { updateAnnotation, type AnnotationPatch } from '../db/repositories/annotations';
import { routeHref } from '../app/route';
import { SaveStatus, useAutosave } from './useAutosave';
import { QUESTION_STATUS_LABELS, kindLabel, parseTags, whenLabel } from './describe';

export function AnnotationEditor({ annotation, memberName, onDelete }: { annotation: Annotation; memberName: string; onDelete: (a: Annotation) => void }) {
  const id = useId();
  const save = useCallback((patch: AnnotationPatch) => updateAnnotation(annotation.id, patch, memberName), [annotation.id, memberName]);
  const body = useAutosave(annotation.body, useCallback((body: string) => save({ body }), [save]));
  const answer = useAutosave(annotation.question?.answer ?? '', useCallback((answer: string) => save({ question: { status: annotation.question?.status ?? 'to_ask', answer } }), [save, annotation.question?.status]));
  const tags = useAutosave(annotation.tags.join(', '), useCallback((text: string) => save({ tags: parseTags(text) }), [save]));
  const other = useAutosave<AnnotationPatch | null>(null, useCallback((patch: AnnotationPatch | null) => (patch ? save(patch) : Promise.resolve()), [save]));
  const setNow = (patch: AnnotationPatch) => {
    other.change(patch);
    other.flush();
  };
  const states = [body.state, answer.state, tags.state, other.state];
  const state = states.includes('failed') ? 'failed' : states.includes('saving') ? 'saving' : states.includes('saved') ? 'saved' : 'idle';
  const label = kindLabel(annotation);
  const bodyLabel = annotation.kind === 'question' ? 'Question for officers' : annotation.kind === 'highlight' ? 'Note on the highlighted words' : 'Note';

  return (
    <fieldset className={`annotation annotation-${annotation.kind}`}>
      <legend>
        {label} by {annotation.author} <span className="muted">· {whenLabel(annotation.createdAt)}</span>
      </legend>
      <AnnotationFlags annotation={annotation} />
      {annotation.target.selector ? <blockquote className="quote">“{annotation.target.selector.exact}”</blockquote> : null}
      <label htmlFor={`${id}-body`}>{bodyLabel}</label>
      <textarea id={`${id}-body`} rows={3} value={body.value} onChange={(e) => body.change(e.target.value)} onBlur={body.flush} />
      {annotation.kind === 'question' ? (
        <div className="field-row">
          <div>
            <label htmlFor={`${id}-status`}>Question status</label>
            <select
              id={`${id}-status`}
              value={annotation.question?.status ?? 'to_ask'}
              onChange={(e) => setNow({ question: { status: e.target.value as QuestionStatus, answer: answer.value } })}
            >
              {QUESTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {QUESTION_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="grow">
            <label htmlFor={`${id}-answer`}>Officers’ answer</label>
            <textarea id={`${id}-answer`} rows={2} value={answer.value} onChange={(e) => answer.change(e.target.value)} onBlur={answer.flush} />
          </div>
        </div>
      ) : null}
      <div className="field-row">
        <div className="grow">
          <label htmlFor={`${id}-tags`}>Tags</label>
          <input id={`${id}-tags`} aria-describedby={`${id}-tags-hint`} value={tags.value} onChange={(e) => tags.change(e.target.value)} onBlur={tags.flush} />
          <span id={`${id}-tags-hint`} className="hint">
            Separate tags with commas
          </span>
        </div>
        <div>
          <label htmlFor={`${id}-follow`}>Follow up on</label>
          <input id={`${id}-follow`} type="date" value={annotation.followUpOn ?? ''} onChange={(e) => setNow({ followUpOn: e.target.value || null })} />
        </div>
      </div>
      <div className="annotation-actions">
        <SaveStatus state={state} />
        <button type="button" onClick={() => onDelete(annotation)}>
          Delete {label.toLowerCase()}
        </button>
      </div>
    </fieldset>
  );
}

/** Orphaned and conflicted annotations say so in words, with the way to sort them out. */
export function AnnotationFlags({ annotation }: { annotation: Annotation }) {
  return (
    <>
      {annotation.orphaned ? (
        <p className="flag flag-orphaned">
          <strong>Orphaned:</strong> the words this was written on are no longer in the report. It was written on: “{annotation.target.selector?.exact ?? annotation.target.findingText}”
        </p>
      ) : null}
      {annotation.conflicts.length > 0 ? (
        <p className="flag flag-conflict">
          <strong>Conflict:</strong> {annotation.conflicts.length} other {annotation.conflicts.length === 1 ? 'version' : 'versions'} from colleagues.{' '}
          <a href={routeHref({ screen: 'sharing' })}>Resolve it in Share notes</a>
        </p>
      ) : null}
    </>
  );
}
