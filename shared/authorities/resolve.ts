// Resolving a name or a passage of text to one authority of the reference list, by the identity
// words of its name and, where a name was used by two bodies (Dorset), by the report's date.
import { AUTHORITY_LIST } from './list';
import { foldName, nameCore } from './names';
import type { AuthorityEntry } from './types';

const BY_CODE = new Map(AUTHORITY_LIST.map((a) => [a.code, a]));

/** Every name an entry is known by. */
export function namesOf(entry: AuthorityEntry): string[] {
  return [
    entry.name,
    entry.officialName,
    entry.council,
    ...entry.aliases,
    ...(entry.formerNames ?? []).map((f) => f.name),
  ];
}

const BY_CORE = new Map<string, AuthorityEntry[]>();
/** Whole names, so a council's full title ("Dorset County Council") settles what its core cannot. */
const BY_FULL = new Map<string, AuthorityEntry[]>();
for (const entry of AUTHORITY_LIST) {
  for (const name of namesOf(entry)) {
    const full = BY_FULL.get(foldName(name)) ?? [];
    if (!full.includes(entry)) full.push(entry);
    BY_FULL.set(foldName(name), full);
    const core = nameCore(name);
    const list = BY_CORE.get(core) ?? [];
    if (!list.includes(entry)) list.push(entry);
    BY_CORE.set(core, list);
  }
}
const CORE_WORDS = new Map<string, number>();
for (const core of BY_CORE.keys()) CORE_WORDS.set(core, core.split(' ').length);
const LONGEST_CORE = Math.max(...CORE_WORDS.values());

export function authorityByCode(code: string): AuthorityEntry | undefined {
  return BY_CODE.get(code);
}

/** Whether the authority had children's services on `date` (YYYY-MM-DD). */
export function activeOn(entry: AuthorityEntry, date: string): boolean {
  return (!entry.from || date >= entry.from) && (!entry.until || date < entry.until);
}

function pick(
  candidates: readonly AuthorityEntry[],
  on: string | null | undefined,
): AuthorityEntry | null {
  if (candidates.length <= 1) return candidates[0] ?? null;
  if (on) {
    const active = candidates.filter((c) => activeOn(c, on));
    if (active.length === 1) return active[0] ?? null;
  }
  return candidates.find((c) => !c.until) ?? candidates[0] ?? null;
}

/** The authority a name stands for ("Leeds", "Leeds City", "Leeds City Council", "City of Leeds"),
 * or null when the name is not one of the list's. `on` (YYYY-MM-DD) settles a name two bodies used. */
export function resolveAuthorityName(name: string, on?: string | null): AuthorityEntry | null {
  const code = /^\s*(\d{3})\s*$/.exec(name)?.[1];
  if (code) return BY_CODE.get(code) ?? null;
  const full = BY_FULL.get(foldName(name));
  if (full?.length === 1) return full[0] ?? null;
  return pick(BY_CORE.get(nameCore(name)) ?? [], on);
}

interface Token {
  word: string;
  capital: boolean;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  // One match() call reads the text once; a matchAll loop would hand the rest of the text to the
  // pattern again for every word.
  const words =
    text
      .replace(/['\u2018\u2019\u02bc]/g, '')
      .replace(/&/g, ' and ')
      .match(/[A-Za-z0-9]+/g) ?? [];
  for (const raw of words) {
    out.push({
      word: foldName(raw === 'St' || raw === 'Saint' ? 'st' : raw),
      capital: /^[A-Z]/.test(raw),
    });
  }
  return out;
}

const TITLE_BEFORE = [
  ['london', 'borough', 'of'],
  ['royal', 'borough', 'of'],
  ['metropolitan', 'borough', 'of'],
  ['city', 'of'],
  ['council', 'of', 'the'],
  ['borough', 'of'],
  ['county'],
];
const TITLE_AFTER = [
  ['metropolitan', 'borough', 'council'],
  ['metropolitan', 'district', 'council'],
  ['borough', 'council'],
  ['city', 'council'],
  ['county', 'council'],
  ['district', 'council'],
  ['council'],
  ['city', 'of'],
];
/** Names that are also ordinary words or parts of other names, never taken bare from prose. */
const NOT_BARE = new Set(['london', 'reading', 'bury', 'stoke', 'stockton', 'newcastle']);

function startsWith(list: readonly Token[], at: number, words: readonly string[]): boolean {
  return words.every((w, i) => list[at + i]?.word === w);
}

export interface AuthorityMention {
  entry: AuthorityEntry;
  /** How many times the text names it. */
  count: number;
  /** The token index of its first mention, so the earliest can win a tie. */
  first: number;
}

/**
 * The authorities a passage names. A name counts when the text gives it in a council's title
 * ("Leeds City Council", "London Borough of Merton"); with `bare`, a capitalised name on its own
 * counts as well ("Inspection of Leeds ..."), which suits titles, not prose. "Children in Care
 * Council" names no authority: its words are not an authority's name.
 */
export function findAuthorities(
  text: string,
  options: { bare?: boolean; on?: string | null } = {},
): AuthorityMention[] {
  const list = tokens(text);
  const found = new Map<string, AuthorityMention>();
  for (let i = 0; i < list.length; i++) {
    const head = list[i];
    if (!head?.capital) continue;
    let matched: { core: string; length: number } | null = null;
    for (let n = Math.min(LONGEST_CORE, list.length - i); n >= 1 && !matched; n--) {
      const core = list
        .slice(i, i + n)
        .map((t) => t.word)
        .join(' ');
      if (CORE_WORDS.get(core) === n) matched = { core, length: n };
    }
    if (!matched) continue;
    const titled =
      TITLE_AFTER.some((t) => startsWith(list, i + matched.length, t)) ||
      TITLE_BEFORE.some((t) => i >= t.length && startsWith(list, i - t.length, t));
    if (!titled && !(options.bare && !NOT_BARE.has(matched.core))) continue;
    const entry = pick(BY_CORE.get(matched.core) ?? [], options.on);
    if (!entry) continue;
    const seen = found.get(entry.code);
    if (seen) seen.count += 1;
    else found.set(entry.code, { entry, count: 1, first: i });
    i += matched.length - 1;
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.first - b.first);
}
