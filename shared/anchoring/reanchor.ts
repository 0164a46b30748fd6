// Re-anchoring an annotation after a report is imported again: find the finding its quote now
// stands in (exact words, then the words around it, then ignoring whitespace and quote marks),
// or the finding its whole text became; when nothing fits, the annotation is orphaned, never lost.
import type { AnnotationTarget, TextQuoteSelector } from '../model';
import { foldWithMap, occurrences, selectorAt, similarity } from './quote';

export interface AnchorFinding {
  id: string;
  text: string;
}

export type AnchorMethod = 'exact' | 'context' | 'fuzzy' | 'finding';

export type AnchorOutcome =
  | {
      status: 'anchored';
      method: AnchorMethod;
      findingId: string;
      findingText: string;
      selector: TextQuoteSelector | null;
    }
  | { status: 'orphaned' };

/** How alike a finding's text must be to the annotated finding's old text to count as the same. */
const SAME_FINDING = 0.6;

interface Place {
  finding: AnchorFinding;
  start: number;
  end: number;
}

function best(places: readonly Place[], target: AnnotationTarget): Place | undefined {
  const sel = target.selector;
  const score = (p: Place) => {
    const before = p.finding.text.slice(0, p.start);
    const after = p.finding.text.slice(p.end);
    let s = similarity(p.finding.text, target.findingText);
    if (sel?.prefix && before.endsWith(sel.prefix)) s += 1;
    if (sel?.suffix && after.startsWith(sel.suffix)) s += 1;
    if (p.finding.id === target.findingId) s += 0.5;
    return s;
  };
  return [...places].sort((a, b) => score(b) - score(a))[0];
}

function anchored(place: Place, method: AnchorMethod): AnchorOutcome {
  return {
    status: 'anchored',
    method,
    findingId: place.finding.id,
    findingText: place.finding.text,
    selector: selectorAt(place.finding.text, place.start, place.end),
  };
}

export function reanchor(
  target: AnnotationTarget,
  findings: readonly AnchorFinding[],
): AnchorOutcome {
  const sel = target.selector;
  if (!sel) return wholeFinding(target, findings);

  const exact = findings.flatMap((finding) =>
    occurrences(finding.text, sel.exact).map((start) => ({
      finding,
      start,
      end: start + sel.exact.length,
    })),
  );
  const exactBest = best(exact, target);
  if (exactBest) return anchored(exactBest, 'exact');

  // The quoted words changed, but the words either side of them are still there.
  if (sel.prefix.length + sel.suffix.length >= 12 && sel.prefix && sel.suffix) {
    const limit = Math.max(40, sel.exact.length * 3);
    const context: Place[] = [];
    for (const finding of findings) {
      for (const at of occurrences(finding.text, sel.prefix)) {
        const start = at + sel.prefix.length;
        const end = finding.text.indexOf(sel.suffix, start);
        if (end > start && end - start <= limit) context.push({ finding, start, end });
      }
    }
    const contextBest = best(context, target);
    if (contextBest) return anchored(contextBest, 'context');
  }

  // The same words with different spacing, line breaks or quote marks.
  const needle = foldWithMap(sel.exact).folded;
  if (needle.length >= 3) {
    const fuzzy: Place[] = [];
    for (const finding of findings) {
      const { folded, map } = foldWithMap(finding.text);
      for (const at of occurrences(folded, needle)) {
        const start = map[at] ?? 0;
        const end = (map[at + needle.length - 1] ?? start) + 1;
        fuzzy.push({ finding, start, end });
      }
    }
    const fuzzyBest = best(fuzzy, target);
    if (fuzzyBest) return anchored(fuzzyBest, 'fuzzy');
  }
  return { status: 'orphaned' };
}

/** An annotation on a whole finding follows the finding whose text is the same, or nearly so. */
function wholeFinding(target: AnnotationTarget, findings: readonly AnchorFinding[]): AnchorOutcome {
  const same = findings.find(
    (f) => f.id === target.findingId && similarity(f.text, target.findingText) >= SAME_FINDING,
  );
  const scored = findings
    .map((f) => ({ f, s: similarity(f.text, target.findingText) }))
    .sort((a, b) => b.s - a.s)[0];
  const chosen = same ?? (scored && scored.s >= SAME_FINDING ? scored.f : undefined);
  if (!chosen) return { status: 'orphaned' };
  return {
    status: 'anchored',
    method: 'finding',
    findingId: chosen.id,
    findingText: chosen.text,
    selector: null,
  };
}
