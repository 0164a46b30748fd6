// What taking in a colleague's notes will do, before anything is written: counts, the notes to
// be added under their writers' names, the ones in conflict, and what cannot be placed.
import type { Annotation } from '../../shared/model';
import { mergeNotices, mergeTallies, type MergePreview } from '../../shared/merge';

function byline(a: Annotation): string {
  return a.modifiedBy && a.modifiedBy !== a.author
    ? `${a.author} (last changed by ${a.modifiedBy})`
    : a.author;
}

const RAG_WORDS = { red: 'Red', amber: 'Amber', green: 'Green' } as const;

/** The note's first words; a note with none says what it is: a RAG rating, or a highlight of the
 * report's words. */
function excerpt(a: Annotation): string {
  const clean = a.body.replace(/\s+/g, ' ').trim();
  if (clean) return clean.length > 160 ? `${clean.slice(0, 157)}…` : clean;
  if (a.rag) return `RAG rating: ${RAG_WORDS[a.rag]}`;
  const quoted = a.target.selector?.exact.replace(/\s+/g, ' ').trim();
  if (quoted) return `highlighted “${quoted.length > 120 ? `${quoted.slice(0, 117)}…` : quoted}”`;
  return `a ${a.kind} with no words`;
}

function NoteList({ title, notes }: { title: string; notes: readonly Annotation[] }) {
  if (notes.length === 0) return null;
  const shown = notes.slice(0, 50);
  return (
    <>
      <h4>{title}</h4>
      <ul className="note-list">
        {shown.map((a) => (
          <li key={a.id}>
            <span className="note-author">{byline(a)}:</span>{' '}
            {a.deletedAt ? <em>deleted note</em> : excerpt(a)}
          </li>
        ))}
      </ul>
      {notes.length > shown.length ? (
        <p className="muted">and {(notes.length - shown.length).toLocaleString('en-GB')} more.</p>
      ) : null}
    </>
  );
}

export function MergePreviewView({ name, preview }: { name: string; preview: MergePreview }) {
  // Each note counted once: one changed on both sides is a conflict, not also an update.
  const t = mergeTallies(preview);
  const counts = [
    ['New notes to add', t.added],
    ['Notes with newer changes', t.updated],
    ['Deleted by their writers', t.deleted],
    ['Changed on both sides (conflicts)', t.inConflict],
    ['Already here, unchanged', t.unchanged],
    ['Cannot be placed (report not imported)', t.cannotPlace],
  ] as const;
  // Corrections and deletions of reports are shown only when the file brings any.
  const { records } = preview;
  const reportCounts = [
    ['Corrections to reports', records.applied.length + records.received.length],
    ['Corrections made differently on both sides', records.conflicts.length],
    ['Reports deleted by colleagues', records.deletedHere.length],
    [
      'Reports you deleted that the file brings (kept under Deleted reports)',
      records.keptDeleted.length,
    ],
  ].filter(([, n]) => (n as number) > 0) as [string, number][];
  return (
    <div className="merge-preview">
      <h3>
        What {name} holds{preview.from ? `, from ${preview.from}` : ''}
      </h3>
      <table>
        <caption className="visually-hidden">What taking in these notes will change</caption>
        <tbody>
          {[...counts, ...reportCounts].map(([label, n]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{n.toLocaleString('en-GB')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {mergeNotices(preview).map((line) => (
        <p key={line}>{line}</p>
      ))}
      <NoteList title="New notes" notes={preview.added} />
      <NoteList title="Updated notes" notes={preview.updated} />
      <NoteList title="Deleted notes" notes={preview.deleted} />
    </div>
  );
}
