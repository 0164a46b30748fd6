// Everything a member can do to one finding: rate it, highlight words, add notes and questions;
// colleagues' annotations are shown with their names, read-only (only a note's writer may change
// it), each with "Copy into my own note". Deleting asks nothing but offers Undo.
import { useEffect, useRef, useState } from 'react';
import type { Annotation, AnnotationKind, Finding, TextQuoteSelector } from '../../shared/model';
import { addAnnotation, copyIntoMyNote, removeAnnotation, undoRemoveAnnotation } from '../db/repositories/annotations';
import { useMemberId } from '../db/hooks/workspace';
import { announce } from '../app/Announcer';
import { AnnotationEditor } from './AnnotationEditor';
import { AnnotationView } from './AnnotationView';
import { HighlightForm, type FindingSelection } from './HighlightForm';
import { MemberNamePrompt } from './MemberNamePrompt';
import { RatingControls } from './RatingControls';
import { kindLabel } from './describe';

interface Props {
  finding: Finding;
  annotations: readonly Annotation[];
  memberName: string;
  selection: FindingSelection | null;
}

export function AnnotationPanel({ finding, annotations, memberName, selection }: Props) {
  // A new or restored annotation's text box takes the focus once, when it first appears.
  const focusRequest = useRef<string | null>(null);
  const [deleted, setDeleted] = useState<Annotation | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const memberId = useMemberId();

  useEffect(() => {
    if (deleted) undoRef.current?.focus();
  }, [deleted]);
  useEffect(() => {
    const id = focusRequest.current;
    if (!id) return;
    const box = panelRef.current?.querySelector<HTMLTextAreaElement>(`[data-annotation="${CSS.escape(id)}"] textarea`);
    if (!box) return;
    focusRequest.current = null;
    box.focus();
  });

  if (!memberName) return <MemberNamePrompt />;
  if (memberId === undefined) return <p role="status">Loading…</p>;
  // A note is this member's when it carries their member id: a typed name proves nothing.
  const isMine = (a: Annotation) => a.authorId === memberId;

  const live = annotations.filter((a) => !a.deletedAt);
  const myRating = live.find((a) => a.kind === 'rating' && isMine(a));
  const listed = live.filter((a) => a !== myRating).sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  const create = async (kind: AnnotationKind, selector: TextQuoteSelector | null = null) => {
    const annotation = await addAnnotation(
      {
        kind,
        target: { reportId: finding.reportId, findingId: finding.id, findingText: finding.text, selector },
        body: '',
        question: kind === 'question' ? { status: 'to_ask', answer: '' } : null,
        rag: null,
        priority: null,
        tags: [],
        followUpOn: null,
      },
      memberName,
    );
    focusRequest.current = annotation.id;
    announce(kind === 'highlight' ? 'Highlighted and saved' : `${kindLabel(annotation)} added`);
  };

  const remove = async (a: Annotation) => {
    await removeAnnotation(a.id, memberName);
    setDeleted(a);
    announce(`${kindLabel(a)} deleted. Undo is available.`);
  };

  const copy = async (a: Annotation) => {
    const mine = await copyIntoMyNote(a, memberName);
    focusRequest.current = mine.id;
    announce(`Copied ${a.author}\u2019s words into a note of your own`);
  };

  const undo = async () => {
    if (!deleted) return;
    await undoRemoveAnnotation(deleted.id, memberName);
    focusRequest.current = deleted.id;
    setDeleted(null);
    announce(`${kindLabel(deleted)} restored`);
  };

  return (
    <div className="annotation-panel" ref={panelRef}>
      <RatingControls finding={finding} mine={myRating} memberName={memberName} />
      <HighlightForm finding={finding} selection={selection} onHighlight={(selector) => void create('highlight', selector)} />
      <div className="panel-actions">
        <button type="button" onClick={() => void create('note')}>
          Add a note
        </button>
        <button type="button" onClick={() => void create('question')}>
          Add a question for officers
        </button>
      </div>
      {deleted ? (
        <p className="undo-bar">
          {kindLabel(deleted)} deleted.{' '}
          <button type="button" ref={undoRef} onClick={() => void undo()}>
            Undo
          </button>
        </p>
      ) : null}
      {listed.map((a) =>
        isMine(a) ? (
          <div key={a.id} data-annotation={a.id}>
            <AnnotationEditor annotation={a} memberName={memberName} onDelete={(x) => void remove(x)} />
          </div>
        ) : (
          <AnnotationView key={a.id} annotation={a} onCopy={(x) => void copy(x)} />
        ),
      )}
    </div>
  );
}
