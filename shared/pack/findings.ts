// Key findings by theme with members' notes and RAG ratings, and the RAG summary table.
import type { Annotation } from '../model/annotation';
import type { Report } from '../model/report';
import { FINDING_KIND_LABELS, RAG_RATINGS, type RagRating } from '../model/vocabulary';
import { annotationCallouts, attribution } from './callouts';
import type { PackBlock, TextRun } from './document';
import { RAG_LABELS, byNewest, reportName, shortText, sourceText } from './format';
import type { FindingWithRef, PackSelection } from './select';

const NO_THEME = 'Other findings';

/** The finding's current rating: the newest live annotation that carries one. */
export function ragOf(annotations: readonly Annotation[]): Annotation | null {
  return [...annotations].filter((a) => a.rag !== null).sort(byNewest)[0] ?? null;
}

/** Findings grouped under their first theme, themes in the order they first appear. */
export function byTheme(findings: readonly FindingWithRef[]): Map<string, FindingWithRef[]> {
  const groups = new Map<string, FindingWithRef[]>();
  for (const finding of findings) {
    const theme = finding.themes[0] ?? NO_THEME;
    groups.set(theme, [...(groups.get(theme) ?? []), finding]);
  }
  const other = groups.get(NO_THEME);
  if (other) {
    groups.delete(NO_THEME);
    groups.set(NO_THEME, other);
  }
  return groups;
}

export function ragSummaryBlocks(selection: PackSelection, heading: (level: 1 | 2 | 3, text: string) => PackBlock): PackBlock[] {
  const counts = new Map<RagRating | 'none', number>();
  for (const finding of selection.findings) {
    const rag = ragOf(selection.annotationsByFinding.get(finding.id) ?? [])?.rag ?? 'none';
    counts.set(rag, (counts.get(rag) ?? 0) + 1);
  }
  return [
    heading(2, 'RAG summary'),
    {
      type: 'table',
      caption: "How many chosen findings members rated red, amber or green",
      headerRows: [['Rating', 'Findings']],
      rows: [...RAG_RATINGS.map((r) => [RAG_LABELS[r], String(counts.get(r) ?? 0)]), ['Not rated', String(counts.get('none') ?? 0)]],
      widths: [3, 2],
    },
  ];
}

/** Members' notes on one finding, each with any versions not yet settled; the ids of notes
 * printed with unsettled versions are added to `unsettled`. */
function noteBlocks(annotations: readonly Annotation[], withNotes: boolean, unsettled: Set<string>): PackBlock[] {
  if (!withNotes) return [];
  return annotations
    .filter((a) => a.kind !== 'question')
    .flatMap((a) => {
      const blocks = annotationCallouts(a, 'note');
      if (blocks.some((b) => b.variant === 'unsettled')) unsettled.add(a.id);
      return blocks;
    });
}

export function findingBlocks(
  selection: PackSelection,
  reports: ReadonlyMap<string, Report>,
  options: { notes: 'none' | 'mine' | 'everyone'; ragSummary: boolean; sourceReferences: boolean },
  heading: (level: 1 | 2 | 3, text: string) => PackBlock,
  unsettled: Set<string>,
): PackBlock[] {
  const blocks: PackBlock[] = [heading(1, 'Key findings by theme')];
  if (options.ragSummary) blocks.push(...ragSummaryBlocks(selection, heading));
  for (const [theme, findings] of byTheme(selection.findings)) {
    blocks.push(heading(2, theme.charAt(0).toUpperCase() + theme.slice(1)));
    for (const finding of findings) {
      const annotations = selection.annotationsByFinding.get(finding.id) ?? [];
      const report = reports.get(finding.reportId);
      // Each finding is a heading (below the contents' depth), so a screen reader or Word's
      // navigation pane can jump from one to the next.
      blocks.push({ ...heading(3, `${finding.ref} ${FINDING_KIND_LABELS[finding.kind]}: ${shortText(finding.text, 8)}`), inContents: false } as PackBlock);
      const runs: TextRun[] = [{ text: finding.text }];
      blocks.push({ type: 'paragraph', runs });
      const rating = options.ragSummary ? ragOf(annotations) : null;
      const detail: string[] = [];
      if (report) detail.push(`${reportName(report)}, ${finding.section || 'no section'}`);
      if (options.sourceReferences) detail.push(sourceText(finding.source));
      if (finding.themes.length > 1) detail.push(`also: ${finding.themes.slice(1).join(', ')}`);
      const small: TextRun[] = [{ text: detail.join('; '), italic: true }];
      if (rating?.rag) small.push({ text: ` RAG rating: ${RAG_LABELS[rating.rag]} (${attribution(rating)})`, bold: true });
      blocks.push({ type: 'paragraph', small: true, runs: small });
      blocks.push(...noteBlocks(annotations, options.notes !== 'none', unsettled));
    }
  }
  return blocks;
}
