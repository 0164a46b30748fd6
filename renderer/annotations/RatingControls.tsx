// The member's own RAG rating and priority for a finding, kept as one 'rating' annotation.
import { useId, useRef, useState } from 'react';
import type { Annotation, Finding, Priority, RagRating } from '../../shared/model';
import { PRIORITIES, RAG_RATINGS } from '../../shared/model';
import { addAnnotation, updateAnnotation } from '../db/repositories/annotations';
import { announce } from '../app/Announcer';
import { PRIORITY_LABELS, RAG_LABELS } from './describe';
import { SaveStatus, type SaveState } from '../autosave/useAutosave';

export function RatingControls({
  finding,
  mine,
  memberName,
}: {
  finding: Finding;
  mine: Annotation | undefined;
  memberName: string;
}) {
  const id = useId();
  const [state, setState] = useState<SaveState>('idle');
  const live = mine && !mine.deletedAt ? mine : undefined;
  // The choice shows at once; the stored value takes over once the write is done.
  const [chosen, setChosen] = useState<{ rag: RagRating | null; priority: Priority | null } | null>(
    null,
  );
  const shown = chosen ?? { rag: live?.rag ?? null, priority: live?.priority ?? null };
  // The rating made by this panel, before the live read brings it back, so a quick second
  // choice edits it rather than making another.
  const created = useRef<string | null>(null);

  const set = (patch: { rag?: RagRating | null; priority?: Priority | null }) => {
    setState('saving');
    setChosen({ ...shown, ...patch });
    const existing = live?.id ?? created.current;
    const write = existing
      ? updateAnnotation(existing, patch, memberName)
      : addAnnotation(
          {
            kind: 'rating',
            target: {
              reportId: finding.reportId,
              findingId: finding.id,
              findingText: finding.text,
              selector: null,
            },
            body: '',
            question: null,
            rag: patch.rag ?? null,
            priority: patch.priority ?? null,
            tags: [],
            followUpOn: null,
          },
          memberName,
        ).then((a) => {
          created.current = a.id;
        });
    write.then(
      () => {
        setChosen(null);
        setState('saved');
        announce('Saved');
      },
      () => {
        setChosen(null);
        setState('failed');
        announce('Not saved: the rating could not be stored. Try again.');
      },
    );
  };

  return (
    <div className="rating-controls">
      <fieldset className="rag-choice">
        <legend>Your RAG rating</legend>
        {[...RAG_RATINGS, null].map((rag) => (
          <label key={rag ?? 'none'} className={`rag-option rag-${rag ?? 'none'}`}>
            <input
              type="radio"
              name={`${id}-rag`}
              checked={shown.rag === rag}
              onChange={() => set({ rag })}
            />
            {rag ? RAG_LABELS[rag] : 'Not rated'}
          </label>
        ))}
      </fieldset>
      <div>
        <label htmlFor={`${id}-priority`}>Priority</label>
        <select
          id={`${id}-priority`}
          value={shown.priority ?? ''}
          onChange={(e) => set({ priority: (e.target.value || null) as Priority | null })}
        >
          <option value="">None</option>
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {PRIORITY_LABELS[p]}
            </option>
          ))}
        </select>
      </div>
      <SaveStatus state={state} />
    </div>
  );
}
