// Everything a member can do to one finding: rate it, highlight words, add notes and questions;
// colleagues' annotations are shown with their names, read-only (only a note's writer may change
// it), each with "Copy into my own note". Deleting asks nothing but offers Undo.
import { useEffect, useRef, useState } from 'react';
import type { Annotation, AnnotationKind, Finding, TextQuoteSelector } from '../../shared/model';
import {
  addAnnotation,
  copyIntoMyNote,
  removeAnnotation,
  undoRemoveAnnotation,
} from '../db/repositories/annotations';
import { useMemberId } from '../db/hooks/workspace';
import { createAnnotation, type AnnotationDraft } from '../../shared/merge';
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
  // Notes and questions just added: shown at once, stored with their first words (never empty).
  const [fresh, setFresh] = useState<{ annotation: Annotation; draft: AnnotationDraft }[]>([]);
  const undoRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const memberId = useMemberId();

  useEffect(() => {
    if (deleted) undoRef.current?.focus();
  }, [deleted]);
  useEffect(() => {
    const id = focusRequest.current;
    if (!id) return;
    const box = panelRef.current?.querySelector<HTMLTextAreaElement>(
      `[data-annotation="${CSS.escape(id)}"] textarea`,
    );
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
  const stored = new Set(annotations.map((a) => a.id));
  const unsaved = fresh.filter((f) => !stored.has(f.annotation.id));
  const listed = [
    ...live.filter((a) => a !== myRating).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    ...unsaved.map((f) => f.annotation),
  ];
  const createFor = new Map(unsaved.map((f) => [f.annotation.id, f.draft]));

  const create = async (kind: AnnotationKind, selector: TextQuoteSelector | null = null) => {
    const draft: AnnotationDraft = {
      kind,
      target: {
        reportId: finding.reportId,
        findingId: finding.id,
        findingText: finding.text,
        selector,
      },
      body: '',
      question: kind === 'question' ? { status: 'to_ask', answer: '' } : null,
      rag: null,
      priority: null,
      tags: [],
      followUpOn: null,
    };
    // A highlight holds the chosen words, so it is stored at once; a note waits for its words.
    const annotation =
      kind === 'highlight'
        ? await addAnnotation(draft, memberName)
        : createAnnotation(draft, memberName, new Date(), undefined, memberId || null);
    // Appended, not pruned by this render's view of the store: a note whose first words are still
    // on their way must keep its editor (and its words) when the next one is added.
    if (kind !== 'highlight') setFresh((list) => [...list, { annotation, draft }]);
    focusRequest.current = annotation.id;
    announce(kind === 'highlight' ? 'Highlighted and saved' : `${kindLabel(annotation)} added`);
  };

  // The editor has stored the note's last words before calling this (AnnotationEditor), so the
  // store says whether there is a note to delete: one never stored (no words typed) is discarded.
  const remove = async (a: Annotation) => {
    setFresh((list) => list.filter((f) => f.annotation.id !== a.id));
    try {
      if (!(await removeAnnotation(a.id, memberName))) {
        announce(`${kindLabel(a)} discarded`);
        return;
      }
    } catch (error) {
      announce(`Not deleted: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
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
      <HighlightForm
        finding={finding}
        selection={selection}
        onHighlight={(selector) => void create('highlight', selector)}
      />
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
            <AnnotationEditor
              annotation={a}
              memberName={memberName}
              create={createFor.get(a.id) ?? null}
              onDelete={(x) => void remove(x)}
            />
          </div>
        ) : (
          <AnnotationView key={a.id} annotation={a} onCopy={(x) => void copy(x)} />
        ),
      )}
    </div>
  );
}
