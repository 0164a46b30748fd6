// Edits one of the member's own annotations; every field saves as it changes, through the one
// autosave hook. A new note or question is stored only once it has something in it (`create`),
// so an empty one is never left behind.
import { useCallback, useId } from 'react';
import type { Annotation, QuestionStatus } from '../../shared/model';
import { QUESTION_STATUSES } from '../../shared/model';
import type { AnnotationDraft } from '../../shared/merge';
import type { AnnotationPatch } from '../db/repositories/annotations';
import type { DraftChange } from '../db/database';
import { routeHref } from '../app/route';
import { SaveStatus, combinedState, useAutosave } from '../autosave/useAutosave';
import { QUESTION_STATUS_LABELS, kindLabel, parseTags, whenLabel } from './describe';

interface Props {
  annotation: Annotation;
  memberName: string;
  /** For a note not stored yet: what to store with the first words typed. */
  create?: AnnotationDraft | null;
  onDelete: (a: Annotation) => void;
}

export function AnnotationEditor({ annotation, memberName, create = null, onDelete }: Props) {
  const id = useId();
  const key = `annotation:${annotation.id}`;
  const change = useCallback(
    (patch: AnnotationPatch): DraftChange => ({
      type: 'annotation',
      id: annotation.id,
      by: memberName,
      create,
      patch,
    }),
    [annotation.id, memberName, create],
  );
  const body = useAutosave(
    annotation.body,
    `${key}:body`,
    useCallback(
      (body: string) => (create && body.trim() === '' ? null : change({ body })),
      [change, create],
    ),
  );
  const answer = useAutosave(
    annotation.question?.answer ?? '',
    `${key}:answer`,
    useCallback(
      (answer: string) =>
        change({ question: { status: annotation.question?.status ?? 'to_ask', answer } }),
      [change, annotation.question?.status],
    ),
  );
  const tags = useAutosave(
    annotation.tags.join(', '),
    `${key}:tags`,
    useCallback((text: string) => change({ tags: parseTags(text) }), [change]),
  );
  const other = useAutosave<AnnotationPatch | null>(
    null,
    `${key}:other`,
    useCallback((patch: AnnotationPatch | null) => (patch ? change(patch) : null), [change]),
  );
  const setNow = (patch: AnnotationPatch) => {
    other.change(patch);
    other.flush();
  };
  const state = combinedState([body.state, answer.state, tags.state, other.state]);
  // Words still on their way are stored first, so the note deleted is the note as the member
  // left it (and Undo brings that back), and no late save can bring a deleted note back.
  const remove = async () => {
    await Promise.all([body, answer, tags, other].map((field) => field.settle()));
    onDelete(annotation);
  };
  const label = kindLabel(annotation);
  const bodyLabel =
    annotation.kind === 'question'
      ? 'Question for officers'
      : annotation.kind === 'highlight'
        ? 'Note on the highlighted words'
        : 'Note';

  return (
    <fieldset className={`annotation annotation-${annotation.kind}`}>
      <legend>
        {label} by {annotation.author}{' '}
        <span className="muted">
          · {create ? 'new: kept once you type in it' : whenLabel(annotation.createdAt)}
        </span>
      </legend>
      <AnnotationFlags annotation={annotation} />
      {annotation.target.selector ? (
        <blockquote className="quote">“{annotation.target.selector.exact}”</blockquote>
      ) : null}
      <label htmlFor={`${id}-body`}>{bodyLabel}</label>
      <textarea
        id={`${id}-body`}
        rows={3}
        value={body.value}
        onChange={(e) => body.change(e.target.value)}
        onBlur={body.flush}
      />
      {annotation.kind === 'question' ? (
        <div className="field-row">
          <div>
            <label htmlFor={`${id}-status`}>Question status</label>
            <select
              id={`${id}-status`}
              value={annotation.question?.status ?? 'to_ask'}
              onChange={(e) =>
                setNow({
                  question: { status: e.target.value as QuestionStatus, answer: answer.value },
                })
              }
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
            <textarea
              id={`${id}-answer`}
              rows={2}
              value={answer.value}
              onChange={(e) => answer.change(e.target.value)}
              onBlur={answer.flush}
            />
          </div>
        </div>
      ) : null}
      <div className="field-row">
        <div className="grow">
          <label htmlFor={`${id}-tags`}>Tags</label>
          <input
            id={`${id}-tags`}
            aria-describedby={`${id}-tags-hint`}
            value={tags.value}
            onChange={(e) => tags.change(e.target.value)}
            onBlur={tags.flush}
          />
          <span id={`${id}-tags-hint`} className="hint">
            Separate tags with commas
          </span>
        </div>
        <div>
          <label htmlFor={`${id}-follow`}>Follow up on</label>
          <input
            id={`${id}-follow`}
            type="date"
            value={annotation.followUpOn ?? ''}
            onChange={(e) => setNow({ followUpOn: e.target.value || null })}
          />
        </div>
      </div>
      <div className="annotation-actions">
        <SaveStatus state={state} />
        <button type="button" onClick={() => void remove()}>
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
          <strong>Orphaned:</strong> the words this was written on are no longer in the report. It
          was written on: “{annotation.target.selector?.exact ?? annotation.target.findingText}”
        </p>
      ) : null}
      {annotation.conflicts.length > 0 ? (
        <p className="flag flag-conflict">
          <strong>Conflict:</strong> {annotation.conflicts.length} other{' '}
          {annotation.conflicts.length === 1 ? 'version' : 'versions'} from colleagues.{' '}
          <a href={routeHref({ screen: 'sharing' })}>Resolve it in Share notes</a>
        </p>
      ) : null}
    </>
  );
}
