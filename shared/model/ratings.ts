// Ratings are per member: each RAG rating and priority belongs to the member who gave it (the
// writer of the annotation that holds it, by member id), so a colleague's rating never stands in
// for mine. Views read one rating per member from here: mine for the badge, filters and "my pack",
// every member's where they differ ("Red - AA; Amber - BB").
import type { Annotation } from './annotation';
import type { Priority, RagRating } from './vocabulary';

/** The member whose "mine" a view means: this install's member (or the pack's author). */
export interface RatingMember {
  memberId: string | null;
  name: string;
}

/** One member's current rating of a finding. */
export interface MemberRating {
  /** Who owns it: `id:<member id>`, or `name:<display name>` for a rating from before identities
   * that is not the local member's (see ownerOf). */
  owner: string;
  memberId: string | null;
  name: string;
  rag: RagRating | null;
  priority: Priority | null;
  modifiedAt: string;
  /** The annotation holding it, and whoever last edited that annotation (for attribution). */
  annotation: Annotation;
}

const HONORIFICS = new Set([
  'cllr',
  'councillor',
  'cl',
  'dr',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'prof',
  'sir',
  'dame',
  'lord',
  'lady',
  'rev',
  'the',
]);

/** The owner key of a member id or, for a member without one, of their display name. */
export function ownerKey(memberId: string | null, name: string): string {
  return memberId ? `id:${memberId}` : `name:${name}`;
}

/** Whose an annotation (and the rating it holds) is: its writer's member id. An annotation from
 * before identities (no member id) belongs to the local member when it carries their name, as the
 * upgrade that gave notes their `authorId` decides (renderer/db/identity.ts), else to the name. */
export function ownerOf(
  annotation: Pick<Annotation, 'author' | 'authorId'>,
  local: RatingMember | null = null,
): string {
  const id = annotation.authorId ?? null;
  if (id !== null) return ownerKey(id, annotation.author);
  if (local?.memberId && local.name !== '' && annotation.author === local.name)
    return ownerKey(local.memberId, local.name);
  return ownerKey(null, annotation.author);
}

/** The local member's owner key, or null when they have no id and no name yet. */
export function localOwner(local: RatingMember | null): string | null {
  if (!local) return null;
  if (local.memberId) return ownerKey(local.memberId, local.name);
  return local.name !== '' ? ownerKey(null, local.name) : null;
}

function holdsRating(a: Annotation): boolean {
  return a.deletedAt === null && (a.kind === 'rating' || a.rag !== null || a.priority !== null);
}

/** Later edit first; equal times fall back to the revision, then the id, so every copy agrees. */
function newer(a: Annotation, b: Annotation): boolean {
  if (a.modifiedAt !== b.modifiedAt) return a.modifiedAt > b.modifiedAt;
  if (a.rev !== b.rev) return a.rev > b.rev;
  return a.id > b.id;
}

/** Each member's current rating of one finding (from its live annotations): the newest annotation
 * of theirs that holds a rating, even one they set back to "Not rated". Members without a RAG or a
 * priority are left out. Ordered: the local member first, then by name. */
export function memberRatings(
  annotations: readonly Annotation[],
  local: RatingMember | null = null,
): MemberRating[] {
  const newest = new Map<string, Annotation>();
  for (const a of annotations) {
    if (!holdsRating(a)) continue;
    const owner = ownerOf(a, local);
    const held = newest.get(owner);
    if (!held || newer(a, held)) newest.set(owner, a);
  }
  const mine = localOwner(local);
  const out: MemberRating[] = [];
  for (const [owner, a] of newest) {
    if (a.rag === null && a.priority === null) continue;
    const isLocal = owner === mine;
    const memberId = owner.startsWith('id:') ? owner.slice(3) : null;
    out.push({
      owner,
      memberId,
      name: isLocal && local?.name ? local.name : a.author,
      rag: a.rag,
      priority: a.priority,
      modifiedAt: a.modifiedAt,
      annotation: a,
    });
  }
  return out.sort(
    (x, y) =>
      Number(y.owner === mine) - Number(x.owner === mine) ||
      x.name.localeCompare(y.name) ||
      (x.owner < y.owner ? -1 : 1),
  );
}

/** The rating the given member gave, if any. */
export function ratingOf(
  ratings: readonly MemberRating[],
  owner: string | null,
): MemberRating | null {
  return owner === null ? null : (ratings.find((r) => r.owner === owner) ?? null);
}

/** True when members' RAG ratings of the finding differ (two or more members, not all the same). */
export function membersDisagree(ratings: readonly MemberRating[]): boolean {
  return new Set(ratings.flatMap((r) => (r.rag ? [r.rag] : []))).size > 1;
}

/** "Amara Okafor" -> "AO", "Cllr Ben Hughes" -> "BH"; a one-word name stays whole ("Amara"). */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  const named = words.filter((w) => !HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')));
  const use = named.length > 0 ? named : words;
  if (use.length <= 1) return use[0] ?? '?';
  return use.map((w) => (w[0] ?? '').toUpperCase()).join('');
}

/** Short labels for members shown together: initials, or the full name for members whose
 * initials (or names) would be the same, so no label stands for two members. */
export function memberLabels(
  ratings: readonly Pick<MemberRating, 'owner' | 'name'>[],
): Map<string, string> {
  const initials = new Map(ratings.map((r) => [r.owner, initialsOf(r.name)]));
  const uses = new Map<string, number>();
  for (const label of initials.values()) uses.set(label, (uses.get(label) ?? 0) + 1);
  const labels = new Map<string, string>();
  for (const r of ratings) {
    const short = initials.get(r.owner) ?? r.name;
    labels.set(r.owner, (uses.get(short) ?? 0) > 1 ? r.name.trim() || short : short);
  }
  const names = new Map<string, number>();
  for (const label of labels.values()) names.set(label, (names.get(label) ?? 0) + 1);
  // Two members under one display name: tell them apart by the end of their member ids.
  for (const r of ratings) {
    const label = labels.get(r.owner) ?? r.name;
    if ((names.get(label) ?? 0) > 1) labels.set(r.owner, `${label} (${r.owner.slice(-4)})`);
  }
  return labels;
}

/** One RAG rating and the members who gave it. */
export interface RatingGroup {
  rag: RagRating;
  members: { owner: string; name: string; label: string }[];
}

/** Members' RAG ratings grouped by rating, in the members' order (mine first). */
export function ratingGroups(ratings: readonly MemberRating[]): RatingGroup[] {
  const rated = ratings.filter((r): r is MemberRating & { rag: RagRating } => r.rag !== null);
  const labels = memberLabels(rated);
  const groups: RatingGroup[] = [];
  for (const r of rated) {
    const member = { owner: r.owner, name: r.name, label: labels.get(r.owner) ?? r.name };
    const group = groups.find((g) => g.rag === r.rag);
    if (group) group.members.push(member);
    else groups.push({ rag: r.rag, members: [member] });
  }
  return groups;
}

/** "Red - AA; Amber - BB" (with `words` for each rating's label). */
export function ratingsText(
  groups: readonly RatingGroup[],
  words: Record<RagRating, string>,
): string {
  return groups
    .map((g) => `${words[g.rag]} - ${g.members.map((m) => m.label).join(', ')}`)
    .join('; ');
}
