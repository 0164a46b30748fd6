// Key findings by theme with members' notes and RAG ratings, and the RAG summary table. Ratings
// are per member (shared/model/ratings.ts): the pack counts its author's own, or each member's,
// as the pack settings choose, and says which on the page.
import type { Annotation } from '../model/annotation';
import type { BriefingPack } from '../model/meeting';
import type { Report } from '../model/report';
import {
  localOwner,
  membersDisagree,
  ratingGroups,
  ratingOf,
  ratingsText,
  type MemberRating,
} from '../model/ratings';
import { FINDING_KIND_LABELS, RAG_RATINGS, type RagRating } from '../model/vocabulary';
import { annotationCallouts, attribution, sameMember } from './callouts';
import type { PackBlock, TextRun } from './document';
import { RAG_LABELS, reportName, shortText, sourceText } from './format';
import type { FindingWithRef, PackSelection } from './select';

const NO_THEME = 'Other findings';

/** The pack's author and whose ratings it counts (PackOptions.ratingsBy; absent means the author's). */
export interface RatingChoice {
  author: string;
  ratingsBy?: 'author' | 'members' | undefined;
}

/** Whose ratings "the author's" means: the member building the pack when the pack names them (or
 * names nobody), found by member id; otherwise the member whose name the pack's author box holds. */
export interface PackRater {
  name: string;
  owner: string | null;
}

export function packRater(
  selection: Pick<PackSelection, 'member'>,
  pack: Pick<RatingChoice, 'author'>,
): PackRater {
  const member = selection.member;
  if (member && (pack.author.trim() === '' || sameMember(pack.author, member.name)))
    return { name: member.name || pack.author, owner: localOwner(member) };
  return { name: pack.author.trim(), owner: null };
}

/** The pack author's own rating of a finding, if they gave one. */
export function authorRating(
  ratings: readonly MemberRating[],
  rater: PackRater,
): MemberRating | null {
  if (rater.owner !== null) return ratingOf(ratings, rater.owner);
  if (rater.name === '') return null;
  return ratings.find((r) => sameMember(r.name, rater.name)) ?? null;
}

/** Every member who rated any chosen finding, in first-seen order (the local member first). */
function raters(selection: PackSelection): { owner: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const finding of selection.findings) {
    for (const r of selection.ratingsByFinding.get(finding.id) ?? [])
      if (r.rag && !seen.has(r.owner)) seen.set(r.owner, r.name);
  }
  return [...seen].map(([owner, name]) => ({ owner, name }));
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

function countBy(
  selection: PackSelection,
  pick: (ratings: readonly MemberRating[]) => MemberRating | null,
): Map<RagRating | 'none', number> {
  const counts = new Map<RagRating | 'none', number>();
  for (const finding of selection.findings) {
    const rag = pick(selection.ratingsByFinding.get(finding.id) ?? [])?.rag ?? 'none';
    counts.set(rag, (counts.get(rag) ?? 0) + 1);
  }
  return counts;
}

const rowsOf = (columns: readonly Map<RagRating | 'none', number>[]): string[][] => [
  ...RAG_RATINGS.map((r) => [RAG_LABELS[r], ...columns.map((c) => String(c.get(r) ?? 0))]),
  ['Not rated', ...columns.map((c) => String(c.get('none') ?? 0))],
];

/** The RAG summary: the pack author's ratings counted, or each member's in a column of their own,
 * with a sentence saying which. */
export function ragSummaryBlocks(
  selection: PackSelection,
  pack: RatingChoice,
  heading: (level: 1 | 2 | 3, text: string) => PackBlock,
): PackBlock[] {
  const say = (text: string): PackBlock => ({ type: 'paragraph', runs: [{ text }] });
  if (pack.ratingsBy === 'members') {
    const members = raters(selection);
    const columns = members.map((m) => countBy(selection, (ratings) => ratingOf(ratings, m.owner)));
    return [
      heading(2, 'RAG summary'),
      say(
        members.length === 0
          ? 'Ratings are counted by member (each member’s own ratings, as chosen for this pack); no member has rated the chosen findings.'
          : 'Ratings are counted by member, as chosen for this pack: each column counts one member’s own ratings of the chosen findings.',
      ),
      {
        type: 'table',
        caption: 'How many chosen findings each member rated red, amber or green',
        headerRows: [
          ['Rating', ...(members.length === 0 ? ['Findings'] : members.map((m) => m.name))],
        ],
        rows: rowsOf(members.length === 0 ? [countBy(selection, () => null)] : columns),
        widths: [3, ...(members.length === 0 ? [2] : members.map(() => 2))],
      },
    ];
  }
  const rater = packRater(selection, pack);
  const who = rater.name || 'the pack’s author';
  const differ = selection.findings.filter((f) =>
    membersDisagree(selection.ratingsByFinding.get(f.id) ?? []),
  ).length;
  return [
    heading(2, 'RAG summary'),
    say(
      `Ratings counted are those of the pack’s author, ${who}, as chosen for this pack; other members’ ratings are not counted.` +
        (differ > 0
          ? ` Members rated ${differ === 1 ? 'one finding' : `${differ} findings`} differently; each member’s rating is given beside ${differ === 1 ? 'it' : 'them'}.`
          : ''),
    ),
    {
      type: 'table',
      caption: `How many chosen findings ${who} rated red, amber or green`,
      headerRows: [['Rating', 'Findings']],
      rows: rowsOf([countBy(selection, (ratings) => authorRating(ratings, rater))]),
      widths: [3, 2],
    },
  ];
}

/** The rating line under a finding: the author's rating (and every member's where they differ),
 * or every member's rating when the pack counts by member. */
export function ratingLine(
  ratings: readonly MemberRating[],
  pack: RatingChoice,
  selection: Pick<PackSelection, 'member'>,
): string | null {
  const rated = ratings.filter((r) => r.rag !== null);
  if (rated.length === 0) return null;
  const everyone = ratingsText(ratingGroups(rated), RAG_LABELS);
  if (pack.ratingsBy === 'members') return `RAG ratings: ${everyone}`;
  const rater = packRater(selection, pack);
  const own = authorRating(rated, rater);
  if (!own?.rag)
    return `RAG rating: not rated by ${rater.name || 'the pack’s author'}; other members: ${everyone}`;
  const line = `RAG rating: ${RAG_LABELS[own.rag]} (${attribution(own.annotation)})`;
  return membersDisagree(rated) ? `${line}; members differ: ${everyone}` : line;
}

/** Members' notes on one finding, each with any versions not yet settled; the ids of notes
 * printed with unsettled versions are added to `unsettled`. */
function noteBlocks(
  annotations: readonly Annotation[],
  withNotes: boolean,
  unsettled: Set<string>,
): PackBlock[] {
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
  pack: Pick<BriefingPack, 'author'>,
  options: Pick<BriefingPack['options'], 'notes' | 'ragSummary' | 'sourceReferences' | 'ratingsBy'>,
  heading: (level: 1 | 2 | 3, text: string) => PackBlock,
  unsettled: Set<string>,
): PackBlock[] {
  const blocks: PackBlock[] = [heading(1, 'Key findings by theme')];
  const ratingPack: RatingChoice = { author: pack.author, ratingsBy: options.ratingsBy };
  if (options.ragSummary) blocks.push(...ragSummaryBlocks(selection, ratingPack, heading));
  for (const [theme, findings] of byTheme(selection.findings)) {
    blocks.push(heading(2, theme.charAt(0).toUpperCase() + theme.slice(1)));
    for (const finding of findings) {
      const annotations = selection.annotationsByFinding.get(finding.id) ?? [];
      const report = reports.get(finding.reportId);
      // Each finding is a heading (below the contents' depth), so a screen reader or Word's
      // navigation pane can jump from one to the next.
      blocks.push({
        ...heading(
          3,
          `${finding.ref} ${FINDING_KIND_LABELS[finding.kind]}: ${shortText(finding.text, 8)}`,
        ),
        inContents: false,
      } as PackBlock);
      const runs: TextRun[] = [{ text: finding.text }];
      blocks.push({ type: 'paragraph', runs });
      const rating = options.ragSummary
        ? ratingLine(selection.ratingsByFinding.get(finding.id) ?? [], ratingPack, selection)
        : null;
      const detail: string[] = [];
      if (report) detail.push(`${reportName(report)}, ${finding.section || 'no section'}`);
      if (options.sourceReferences) detail.push(sourceText(finding.source));
      if (finding.themes.length > 1) detail.push(`also: ${finding.themes.slice(1).join(', ')}`);
      const small: TextRun[] = [{ text: detail.join('; '), italic: true }];
      if (rating) small.push({ text: ` ${rating}`, bold: true });
      blocks.push({ type: 'paragraph', small: true, runs: small });
      blocks.push(...noteBlocks(annotations, options.notes !== 'none', unsettled));
    }
  }
  return blocks;
}
