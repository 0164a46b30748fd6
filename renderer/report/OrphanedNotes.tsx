// Annotations whose words are no longer in the report after a re-import: shown, never dropped.
import type { Annotation } from '../../shared/model';
import { AnnotationView } from '../annotations/AnnotationView';

export function OrphanedNotes({ annotations }: { annotations: readonly Annotation[] }) {
  if (annotations.length === 0) return null;
  return (
    <section className="orphaned" aria-labelledby="orphaned-title">
      <h2 id="orphaned-title">
        Notes whose words are no longer in the report ({annotations.length})
      </h2>
      <p>
        The report was imported again and these notes’ words could not be found in it. They are kept
        here with the text they were written on.
      </p>
      {annotations.map((a) => (
        <AnnotationView key={a.id} annotation={a} />
      ))}
    </section>
  );
}
