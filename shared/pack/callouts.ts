// A member's note or question as pack callouts: the current words under the names of whoever wrote
// and last edited them, then every version a colleague wrote that nobody has settled yet.
import type { Annotation, AnnotationVersion } from '../model/annotation';
import type { CalloutBlock } from './document';
import { QUESTION_STATUS_LABELS, RAG_LABELS, paragraphsOf } from './format';
import { noteLanguage } from './language';

/** The language field of a callout, present only when the member marked one. */
function languageOf(version: Version): { lang?: string } {
  const lang = noteLanguage(version.tags);
  return lang ? { lang } : {};
}

type Version = Pick<AnnotationVersion, 'kind' | 'body' | 'rag' | 'question' | 'deletedAt' | 'modifiedBy' | 'tags'>;
export type CalloutVariant = 'note' | 'question';

/** Names compared as members type them: case and surrounding spaces do not make a new person. */
export function sameMember(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** "Cllr Amara Okafor", or "Cllr Amara Okafor, edited by Cllr Ben Hughes" when the current words
 * are someone else's. */
export function attribution(annotation: Pick<Annotation, 'author' | 'modifiedBy'>): string {
  const editor = annotation.modifiedBy.trim();
  return editor && !sameMember(editor, annotation.author) ? `${annotation.author}, edited by ${editor}` : annotation.author;
}

function statusOf(version: Version, variant: CalloutVariant): string | null {
  if (variant === 'question') return QUESTION_STATUS_LABELS[version.question?.status ?? 'to_ask'];
  return version.rag ? `RAG: ${RAG_LABELS[version.rag]}` : null;
}

function withStatus(label: string, status: string | null): string {
  return status ? `${label} (${status})` : label;
}

function answerOf(version: Version): string | null {
  return version.question && version.question.answer.trim() ? version.question.answer : null;
}

function hasWords(version: Version): boolean {
  return version.deletedAt === null && version.body.trim().length > 0;
}

/** The unsettled versions a pack prints: a colleague's words, or their deletion of the note. */
export function unsettledVersions(annotation: Annotation): Version[] {
  return annotation.conflicts.filter((c) => c.deletedAt !== null || c.body.trim().length > 0);
}

/** True when the pack prints this annotation at all: its current words, or a colleague's
 * unsettled words, are not empty. */
export function hasCallout(annotation: Annotation): boolean {
  return hasWords(annotation) || annotation.conflicts.some(hasWords);
}

function unsettledCallout(version: Version, variant: CalloutVariant): CalloutBlock {
  const writer = version.modifiedBy.trim() || 'a member who gave no name';
  const label = `Another version, by ${writer}, not yet settled`;
  if (version.deletedAt !== null) {
    return { type: 'callout', variant: 'unsettled', label: `${label}: ${writer} deleted this ${variant}`, paragraphs: [], answer: null };
  }
  return { type: 'callout', variant: 'unsettled', label: withStatus(label, statusOf(version, variant)), paragraphs: paragraphsOf(version.body), answer: answerOf(version), ...languageOf(version) };
}

/** The current version (when it has words) followed by each unsettled version. */
export function annotationCallouts(annotation: Annotation, variant: CalloutVariant): CalloutBlock[] {
  if (!hasCallout(annotation)) return [];
  const blocks: CalloutBlock[] = [];
  if (hasWords(annotation)) {
    const noun = variant === 'question' ? 'Question' : 'Note';
    blocks.push({
      type: 'callout',
      variant,
      label: withStatus(`${noun} from ${attribution(annotation)}`, statusOf(annotation, variant)),
      paragraphs: paragraphsOf(annotation.body),
      answer: answerOf(annotation),
      ...languageOf(annotation),
    });
  }
  blocks.push(...unsettledVersions(annotation).map((v) => unsettledCallout(v, variant)));
  return blocks;
}

/** "2 notes have versions not yet settled; settle them in Share notes.", or null when none do. */
export function unsettledWarning(count: number): string | null {
  if (count === 0) return null;
  return `${count === 1 ? '1 note has' : `${count} notes have`} versions not yet settled; settle them in Share notes.`;
}
