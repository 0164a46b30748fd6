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

type Version = Pick<
  AnnotationVersion,
  'kind' | 'body' | 'rag' | 'question' | 'deletedAt' | 'modifiedBy' | 'tags'
>;
export type CalloutVariant = 'note' | 'question';

/** Names compared as members type them: case and surrounding spaces do not make a new person. */
export function sameMember(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** "Cllr Amara Okafor", or "Cllr Amara Okafor, edited by Cllr Ben Hughes" when the current words
 * are someone else's. */
export function attribution(annotation: Pick<Annotation, 'author' | 'modifiedBy'>): string {
  const editor = annotation.modifiedBy.trim();
  return editor && !sameMember(editor, annotation.author)
    ? `${annotation.author}, edited by ${editor}`
    : annotation.author;
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

/** A long note is printed in parts of at most this many words, each after the first labelled
 * "(continued)" with its author. A part is shorter than a page in every format (an A4 page holds
 * about 550 words at the pack's sizes), so every page a long note runs onto names who wrote it. */
export const PART_WORDS = 300;

const wordCount = (text: string) => (text.match(/\S+/gu) ?? []).length;

/** Cut one paragraph at sentence ends (else between words) into pieces of at most `max` words. */
function paragraphPieces(text: string, max: number): string[] {
  if (wordCount(text) <= max) return [text];
  const units = text.split(/(?<=[.!?])\s+/u).flatMap((sentence) => {
    const words = sentence.split(/\s+/u);
    const out: string[] = [];
    for (let i = 0; i < words.length; i += max) out.push(words.slice(i, i + max).join(' '));
    return out;
  });
  const pieces: string[] = [];
  let current: string[] = [];
  let count = 0;
  for (const unit of units) {
    const n = wordCount(unit);
    if (count + n > max && current.length > 0) {
      pieces.push(current.join(' '));
      current = [];
      count = 0;
    }
    current.push(unit);
    count += n;
  }
  if (current.length > 0) pieces.push(current.join(' '));
  return pieces;
}

/** A note's paragraphs in parts of at most `max` words (one part when the note is short); a
 * paragraph cut between parts goes on in the next part's first paragraph. */
export function noteParts(paragraphs: readonly string[], max = PART_WORDS): string[][] {
  if (paragraphs.reduce((n, p) => n + wordCount(p), 0) <= max) return [[...paragraphs]];
  const parts: string[][] = [];
  let current: string[] = [];
  let count = 0;
  for (const paragraph of paragraphs) {
    for (const piece of paragraphPieces(paragraph, max)) {
      const n = wordCount(piece);
      if (count + n > max && current.length > 0) {
        parts.push(current);
        current = [];
        count = 0;
      }
      current.push(piece);
      count += n;
    }
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/** One callout per part of a long note; the answer goes with the last part, which ends by
 * naming the author again (the page a long note ends on may hold no other label). */
function inParts(block: CalloutBlock, continuedLabel: string): CalloutBlock[] {
  const parts = noteParts(block.paragraphs);
  if (parts.length === 1) return [block];
  return parts.map((paragraphs, i) => {
    const last = i === parts.length - 1;
    const part: CalloutBlock = {
      ...block,
      paragraphs,
      answer: last ? block.answer : null,
      ...(last
        ? {
            closing: `End of the ${continuedLabel.charAt(0).toLowerCase()}${continuedLabel.slice(1)}`,
          }
        : {}),
    };
    if (i === 0) return part;
    const { quote: _quote, ...rest } = part;
    return { ...rest, label: `${continuedLabel} (continued)`, continued: true };
  });
}

function unsettledCallout(version: Version, variant: CalloutVariant): CalloutBlock[] {
  const writer = version.modifiedBy.trim() || 'a member who gave no name';
  const label = `Another version, by ${writer}, not yet settled`;
  if (version.deletedAt !== null) {
    return [
      {
        type: 'callout',
        variant: 'unsettled',
        label: `${label}: ${writer} deleted this ${variant}`,
        paragraphs: [],
        answer: null,
      },
    ];
  }
  const block: CalloutBlock = {
    type: 'callout',
    variant: 'unsettled',
    label: withStatus(label, statusOf(version, variant)),
    paragraphs: paragraphsOf(version.body),
    answer: answerOf(version),
    ...languageOf(version),
  };
  return inParts(block, label);
}

/** The report's words a highlight marks, printed with the member's note on them. */
function quoteOf(annotation: Annotation): { quote?: string } {
  const exact = annotation.target.selector?.exact.trim();
  return exact ? { quote: exact } : {};
}

/** The current version (when it has words) followed by each unsettled version. */
export function annotationCallouts(
  annotation: Annotation,
  variant: CalloutVariant,
): CalloutBlock[] {
  if (!hasCallout(annotation)) return [];
  const blocks: CalloutBlock[] = [];
  if (hasWords(annotation)) {
    const noun = variant === 'question' ? 'Question' : 'Note';
    const block: CalloutBlock = {
      type: 'callout',
      variant,
      label: withStatus(`${noun} from ${attribution(annotation)}`, statusOf(annotation, variant)),
      paragraphs: paragraphsOf(annotation.body),
      answer: answerOf(annotation),
      ...quoteOf(annotation),
      ...languageOf(annotation),
    };
    blocks.push(...inParts(block, `${noun} from ${attribution(annotation)}`));
  }
  blocks.push(...unsettledVersions(annotation).flatMap((v) => unsettledCallout(v, variant)));
  return blocks;
}

/** "2 notes have versions not yet settled; settle them in Share notes.", or null when none do. */
export function unsettledWarning(count: number): string | null {
  if (count === 0) return null;
  return `${count === 1 ? '1 note has' : `${count} notes have`} versions not yet settled; settle them in Share notes.`;
}
