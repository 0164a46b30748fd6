// Who "I" am, and whether an annotation or a version is mine: the one place that decides, so the
// member id that identities bring replaces the typed name here and nowhere else.

/** The member using this copy of the app: their display name, and their member id once they have one. */
export interface Me {
  name: string;
  id: string | null;
}

/** Names compared as members type them: case and surrounding spaces do not make a new person. */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** True when `me` wrote the annotation: by member id where both are known, else by name. */
export function isMine(annotation: { author: string; authorId?: string | null }, me: Me): boolean {
  if (me.id && annotation.authorId) return annotation.authorId === me.id;
  return me.name.trim() !== '' && sameName(annotation.author, me.name);
}

/** True when `me` wrote this version of a note (the editor's name is all a version carries). */
export function isMyVersion(version: { modifiedBy: string }, me: Me): boolean {
  return me.name.trim() !== '' && sameName(version.modifiedBy, me.name);
}

const TITLES = new Set([
  'cllr',
  'councillor',
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
]);

/** "Cllr Amara Okafor" → "AO": the short form shown where members' ratings differ. */
export function initials(name: string): string {
  const words = name
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !TITLES.has(w.toLowerCase()));
  if (words.length === 0) return name.trim() || '?';
  const first = words[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1] ?? '') : '';
  return `${[...first][0] ?? ''}${[...last][0] ?? ''}`.toUpperCase();
}
