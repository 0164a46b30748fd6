// Notes changed on both sides: each shows its versions side by side with who wrote each, and
// the member chooses one version or keeps both as separate notes.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/instance';
import { chooseVersion, keepBothVersions, notesInConflict } from '../db/repositories/sharing';
import { announce } from '../app/Announcer';
import { routeHref } from '../app/route';
import type { Annotation, AnnotationVersion } from '../../shared/model';
import { markChangedWords } from '../../shared/merge';
import { isMyVersion, type Me } from '../../shared/member/me';

const WHEN = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "On this computer" for the member's own version; "From Bob's file" for a colleague's. */
export function whoseVersion(version: AnnotationVersion, me: Me): string {
  if (isMyVersion(version, me)) return 'On this computer (your version)';
  const writer = version.modifiedBy.trim();
  return writer ? `From ${writer}’s file` : 'From a colleague’s file';
}

/** The version's words, with those the other versions do not have marked. */
function MarkedWords({ body, others }: { body: string; others: readonly string[] }) {
  if (!body) return <>(no words)</>;
  const other = others.find((o) => o !== body) ?? body;
  return (
    <>
      {markChangedWords(body, other).map((run, i) =>
        run.changed ? (
          <mark key={i} className="changed-words">
            <span className="visually-hidden">[changed: </span>
            {run.text}
            <span className="visually-hidden">]</span>
          </mark>
        ) : (
          run.text
        ),
      )}
    </>
  );
}

function Version({
  version,
  heading,
  others,
}: {
  version: AnnotationVersion;
  heading: string;
  others: readonly string[];
}) {
  return (
    <div className="version">
      <h4>{heading}</h4>
      <p className="muted">
        {version.deletedAt ? 'Deleted' : 'Written'} by {version.modifiedBy || 'someone unnamed'} on{' '}
        {WHEN.format(new Date(version.modifiedAt))}
      </p>
      {version.deletedAt ? <p>This version deletes the note. Its last words were:</p> : null}
      <p className="version-body">
        <MarkedWords body={version.body} others={others} />
      </p>
      {version.question ? (
        <p>
          Question status: {version.question.status.replace('_', ' ')}
          {version.question.answer ? `; answer: ${version.question.answer}` : ''}
        </p>
      ) : null}
      {version.rag ? <p>RAG: {version.rag}</p> : null}
      {version.tags.length ? <p>Tags: {version.tags.join(', ')}</p> : null}
    </div>
  );
}

function Conflict({ note, memberName }: { note: Annotation; memberName: string }) {
  const me: Me = { name: memberName, id: null };
  const [error, setError] = useState('');
  const versions: AnnotationVersion[] = [note, ...note.conflicts];
  // Keeping both makes a version its own note under its writer's name, so it is offered on the
  // versions written by someone other than the note's author (or, if all are theirs, the others).
  const othersWrote = versions.some((v) => v.modifiedBy !== note.author);
  const canSplit = (v: AnnotationVersion, i: number) =>
    othersWrote ? v.modifiedBy !== note.author : i > 0;
  const act = async (work: () => Promise<void>, done: string) => {
    try {
      await work();
      setError('');
      announce(done);
    } catch (e) {
      setError(`Nothing was changed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const headingId = `conflict-${note.id}`;
  return (
    <article className="conflict" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Note by {note.author} on{' '}
        <a
          href={routeHref({
            screen: 'report',
            reportId: note.target.reportId,
            findingId: note.target.findingId,
          })}
        >
          this finding
        </a>
      </h3>
      <blockquote className="quote">
        {note.target.findingText.length > 240
          ? `${note.target.findingText.slice(0, 237)}…`
          : note.target.findingText}
      </blockquote>
      <div className="versions">
        {versions.map((v, i) => (
          <div key={v.rev} className="version-column">
            <Version
              version={v}
              heading={whoseVersion(v, me)}
              others={versions.filter((o) => o !== v).map((o) => o.body)}
            />
            <div className="button-row">
              <button
                type="button"
                onClick={() =>
                  void act(
                    () => chooseVersion(db, note.id, v.rev, memberName),
                    `Kept ${v.modifiedBy}\u2019s version`,
                  )
                }
              >
                Keep this version{versions.length > 1 ? ` (by ${v.modifiedBy})` : ''}
              </button>
              {canSplit(v, i) ? (
                <button
                  type="button"
                  onClick={() =>
                    void act(
                      () => keepBothVersions(db, note.id, v.rev, memberName),
                      `Kept both: ${v.modifiedBy}\u2019s version is now a separate note`,
                    )
                  }
                >
                  Keep both: make this a separate note
                </button>
              ) : null}
            </div>
          </div>
        ))}
      </div>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </article>
  );
}

export function ConflictList({ memberName }: { memberName: string }) {
  const notes = useLiveQuery(() => notesInConflict(db), []);
  if (notes === undefined) return <p role="status">Looking for notes changed on both sides…</p>;
  if (notes.length === 0) return <p>No notes are waiting: every note has one version.</p>;
  return (
    <div className="conflicts">
      <p>
        {notes.length} {notes.length === 1 ? 'note was' : 'notes were'} changed by two people at
        once. Nothing has been lost: choose the version to keep, or keep both. Words one version has
        and the other does not are marked.
      </p>
      {notes.map((n) => (
        <Conflict key={n.id} note={n} memberName={memberName} />
      ))}
    </div>
  );
}
