// What kind of finding a paragraph is: what it mainly says, weighed sentence by sentence. Each
// sentence scores praise and shortfall from its words (a praise word under "not" is shortfall);
// the opening sentence and a "However," carry extra weight; a subordinate "Although ..." clause
// carries less. When the two sides weigh about the same the finding is marked balanced, with the
// sentences that carry each, rather than given a confident kind.
import type { FindingKind, KindBalance, KindReason } from '../model';
import { fold } from './fold';
import { FEW, NEGATORS, PRAISE, SHORTFALL } from './kind-words';

export interface Classified {
  kind: FindingKind;
  reason: KindReason;
  balance?: KindBalance;
}

interface Lexicon {
  pattern: RegExp;
  weights: ReadonlyMap<string, number>;
}

function lexicon(words: Readonly<Record<string, number>>): Lexicon {
  const keys = Object.keys(words).sort((a, b) => b.length - a.length);
  const escaped = keys.map((w) => w.replace(/[-]/g, '\\-').replace(/ /g, '[ -]'));
  return {
    pattern: new RegExp(`(?<![a-z-])(?:${escaped.join('|')})(?![a-z-])`, 'g'),
    weights: new Map(Object.entries(words)),
  };
}

const SHORT = lexicon(SHORTFALL);
const GOOD = lexicon(PRAISE);

/** Sentences of a paragraph (abbreviations in these reports rarely end a sentence with ". X"). */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/\s*\((?:recommendation|Recommendation)\)\s*$/, '')
    .split(/(?<=[.!?])["”’']?\s+(?=[A-Z‘“'"(])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

interface SentenceScore {
  text: string;
  praise: number;
  shortfall: number;
  /** The phrase that weighed most, for the reason. */
  cue: string | null;
}

function weightOf(lex: Lexicon, phrase: string): number {
  return (
    lex.weights.get(phrase.replace(/-/g, ' ')) ??
    lex.weights.get(phrase) ??
    lex.weights.get(phrase.replace(/ /g, '-')) ??
    1
  );
}

interface Hit {
  start: number;
  end: number;
  phrase: string;
  weight: number;
  praise: boolean;
}

/** Every phrase of both lists, the longer winning where two overlap ("without delay" over "delay"). */
function hitsOf(folded: string): Hit[] {
  const all: Hit[] = [];
  for (const m of folded.matchAll(SHORT.pattern))
    all.push({
      start: m.index,
      end: m.index + m[0].length,
      phrase: m[0],
      weight: weightOf(SHORT, m[0]),
      praise: false,
    });
  for (const m of folded.matchAll(GOOD.pattern))
    all.push({
      start: m.index,
      end: m.index + m[0].length,
      phrase: m[0],
      weight: weightOf(GOOD, m[0]),
      praise: true,
    });
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const h of all) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

/** The words before a phrase that can change what it means: back to the start of its clause
 * (a comma, "but", "which", "because" ...); a denial reaches at most eight words. "Has not engaged all partner
 * agencies as effectively as possible" denies "effectively" from six words away; "not timely, and
 * plans are good" does not deny "good". */
function clauseBefore(folded: string, at: number): string {
  return (
    folded
      .slice(0, at)
      .split(/[,;:]|\b(?:but|which|who|so that|because)\b/)
      .pop() ?? ''
  ).trim();
}

function lastWords(text: string, count: number): string {
  return text.split(' ').slice(-count).join(' ');
}

/** Words that turn what follows in their clause into an aim: "there is more to be done to make
 * sure that children benefit from good support" praises nothing. */
const AIM =
  /\b(?:would|could|should|must|needs? to|more to (?:be )?do(?:ne)?|more needs to be done|further work|more work|(?:has|have|is|are) yet to|in order to)\b/;

function scoreClause(folded: string): {
  praise: number;
  shortfall: number;
  cue: string | null;
  cueWeight: number;
} {
  let praise = 0;
  let shortfall = 0;
  let cue: string | null = null;
  let cueWeight = 0;
  for (const h of hitsOf(folded)) {
    if (!h.praise) {
      shortfall += h.weight;
      if (h.weight >= cueWeight) {
        cue = h.phrase;
        cueWeight = h.weight;
      }
      continue;
    }
    // "as well as" joins two things; it praises neither.
    if (
      h.phrase === 'well' &&
      folded.slice(Math.max(0, h.start - 3), h.start) === 'as ' &&
      folded.startsWith(' as', h.end)
    )
      continue;
    const before =
      folded
        .slice(Math.max(0, h.start - 28), h.start)
        .split(/[,;]/)
        .pop() ?? '';
    const clause = clauseBefore(folded, h.start);
    // "would benefit", "should be timely", "more to be done to make sure children benefit": an aim, not praise.
    if (/\b(?:to be more|to become)\s+(?:be\s+)?(?:\w+\s+)?$/.test(before) || AIM.test(clause))
      continue;
    // "not always timely", "less effective", "without clear plans": the praise is denied.
    if (NEGATORS.test(lastWords(clause, 8))) {
      shortfall += h.weight * 0.5;
      continue;
    }
    praise += h.weight;
    if (h.weight > cueWeight && shortfall === 0) {
      cue = h.phrase;
      cueWeight = h.weight;
    }
  }
  return { praise, shortfall, cue, cueWeight };
}

function scoreSentence(sentence: string, index: number, count: number): SentenceScore {
  const folded = fold(sentence);
  // "Although X, Y" / "While X, Y" / "Despite X, Y": the main clause carries the sentence; so does
  // X in "X, although Y".
  // A sentence's opening connective ("However, although X, Y") does not hide its subordinate clause.
  const plain = folded.replace(
    /^(?:however|but|nevertheless|yet|in addition|additionally|furthermore|moreover),?\s+/,
    '',
  );
  // "Assessments, although not always timely, are detailed": a clause set off by commas is
  // subordinate on its own, and the sentence goes on after it.
  const inset = /^(.*?),\s+(?:although|though|albeit|while|whilst)\b([^,]*),(.*)$/.exec(plain);
  const after = inset
    ? null
    : /^(.*?),\s+(?:although|though|albeit|while|whilst)\b(.*)$/.exec(plain);
  const sub = inset
    ? ([inset[0], inset[2], `${inset[1]},${inset[3]}`] as const)
    : after
      ? ([after[0], after[2], after[1]] as const)
      : /^(?:although|though|while|whilst|despite|notwithstanding)\b([^,]*),(.*)$/.exec(plain);
  let praise = 0;
  let shortfall = 0;
  let cue: string | null = null;
  if (sub) {
    const lead = scoreClause(sub[1] ?? '');
    const main = scoreClause(sub[2] ?? '');
    praise = lead.praise * 0.4 + main.praise;
    shortfall = lead.shortfall * 0.4 + main.shortfall;
    cue = main.cue ?? lead.cue;
  } else {
    const s = scoreClause(folded);
    praise = s.praise;
    shortfall = s.shortfall;
    cue = s.cue;
  }
  // Inspection prose that states what happens, with no praise or fault in its words, describes
  // practice that works: it leans a little to praise.
  if (praise === 0 && shortfall === 0) praise = NEUTRAL;
  // A shortfall that touches only a few children weighs less than one that touches many.
  if (FEW.test(folded) && shortfall > 0) shortfall *= 0.6;
  let weight = 1;
  if (index === 0) weight = 1.5;
  if (/^(?:however|but|nevertheless|yet)\b/.test(folded)) weight = 1.5;
  if (index === count - 1 && /^(?:as a result|consequently|this means|overall)\b/.test(folded))
    weight = 1.3;
  return { text: sentence, praise: praise * weight, shortfall: shortfall * weight, cue };
}

/** What a sentence of plain description weighs on the side of praise. */
const NEUTRAL = 0.3;

/** Where the two sides are this close (smaller over larger), the finding is balanced. */
const BALANCED = 0.45;

/** Kind of a paragraph found in a section that describes practice (not a recommendations list).
 * `lean` is the section's grade: a tie goes to praise under a good grade, to shortfall under a
 * weaker one. */
export function classifyByWords(
  text: string,
  lean: 'praise' | 'shortfall' | null = null,
): Classified {
  const sentences = sentencesOf(text);
  const scores = sentences.map((s, i) => scoreSentence(s, i, sentences.length));
  let praise = 0;
  let shortfall = 0;
  const praiseSentences: SentenceScore[] = [];
  const shortfallSentences: SentenceScore[] = [];
  for (const s of scores) {
    const net = s.praise - s.shortfall;
    if (net > 0.25) {
      praise += net;
      praiseSentences.push(s);
    } else if (net < -0.25) {
      shortfall += -net;
      shortfallSentences.push(s);
    }
  }
  // A paragraph that neither praises nor finds fault describes practice as it is: in a section
  // that judges practice, a careful reader takes that as what works.
  if (praise === 0 && shortfall === 0) {
    return { kind: 'strength', reason: { by: 'words', quote: null } };
  }
  const tie = Math.abs(praise - shortfall) < 0.5;
  const praiseWins = tie ? lean !== 'shortfall' : praise > shortfall;
  const kind: FindingKind = praiseWins ? 'strength' : 'improvement';
  const carrying = praiseWins ? praiseSentences : shortfallSentences;
  const strongest = [...carrying].sort(
    (a, b) => Math.abs(b.praise - b.shortfall) - Math.abs(a.praise - a.shortfall),
  )[0];
  const reason: KindReason = { by: 'words', quote: strongest ? quoteOf(strongest) : null };
  const small = Math.min(praise, shortfall);
  const large = Math.max(praise, shortfall);
  // One sentence that turns ("X is good, but Y is not") is weighed clause by clause.
  const only = sentences.length === 1 ? sentences[0] : undefined;
  if (only && !(small > 0 && small / large >= BALANCED)) {
    const balance = clauseBalance(only);
    if (balance) return { kind, reason, balance };
  }
  if (small > 0 && small / large >= BALANCED) {
    return {
      kind,
      reason,
      balance: {
        strength: praiseSentences.map((s) => s.text.slice(0, 1000)).slice(0, 12),
        improvement: shortfallSentences.map((s) => s.text.slice(0, 1000)).slice(0, 12),
      },
    };
  }
  return { kind, reason };
}

/** Where one sentence turns from one side to the other: ", but", ", yet", ", whereas", a semicolon
 * (with or without "however"), ", although"/", while" and a leading "Although X," (whose clause
 * weighs less, as in a sentence's weighing). */
const TURN =
  /(,?\s+(?:but|yet|whereas)\s+|;\s*(?:however,?\s+|but\s+)?|,\s+however,\s+|,\s+(?:although|though|albeit|while|whilst)\s+)/i;
const LEADING_SUBORDINATE = /^(?:although|though|while|whilst|despite)\b[^,]*,/i;

/** The clauses of one sentence that carry praise and shortfall, when they weigh about the same:
 * "Assessments are thorough, but too many children wait for a plan" is both. Null otherwise. */
function clauseBalance(sentence: string): KindBalance | null {
  const lead = LEADING_SUBORDINATE.exec(sentence);
  // "Assessments, although not always timely, are detailed": the inset clause is subordinate and
  // the main clause carries on after it.
  const inset = /^(.*?),\s+(?:although|though|albeit|while|whilst)\b([^,]*),(.*)$/i.exec(sentence);
  const parts: { text: string; weight: number }[] = [];
  if (inset && !lead) {
    parts.push({ text: `${inset[1] ?? ''},${inset[3] ?? ''}`, weight: 1 });
    parts.push({ text: (inset[2] ?? '').trim(), weight: 0.4 });
  } else if (lead) {
    parts.push({ text: lead[0].replace(/,$/, ''), weight: 0.4 });
    parts.push({ text: sentence.slice(lead[0].length), weight: 1 });
  } else {
    const pieces = sentence.split(TURN);
    // split keeps the turns at odd places: a clause after "although" is subordinate.
    for (let i = 0; i < pieces.length; i += 2) {
      const turn = pieces[i - 1] ?? '';
      const text = pieces[i] ?? '';
      parts.push({ text, weight: /although|though|albeit|while|whilst/i.test(turn) ? 0.4 : 1 });
    }
  }
  if (parts.length < 2) return null;
  const praising: string[] = [];
  const faulting: string[] = [];
  let praise = 0;
  let shortfall = 0;
  for (const part of parts) {
    const score = scoreClause(fold(part.text));
    const net = (score.praise - score.shortfall) * part.weight;
    const text = part.text.trim().replace(/[.;,]$/, '');
    if (net > 0.25) {
      praise += net;
      praising.push(text);
    } else if (net < -0.25) {
      shortfall += -net;
      faulting.push(text);
    }
  }
  const small = Math.min(praise, shortfall);
  const large = Math.max(praise, shortfall);
  if (small === 0 || small / large < BALANCED) return null;
  return {
    strength: praising.map((t) => t.slice(0, 1000)).slice(0, 12),
    improvement: faulting.map((t) => t.slice(0, 1000)).slice(0, 12),
  };
}

/** A short quote around the deciding words: the sentence, cut to about twelve words round the cue. */
function quoteOf(s: SentenceScore): string {
  const words = s.text.split(/\s+/);
  if (words.length <= 16) return s.text.slice(0, 300);
  const at = s.cue
    ? Math.max(
        0,
        words.findIndex((w) => fold(w).includes(s.cue?.split(' ')[0] ?? '')),
      )
    : 0;
  const from = Math.max(0, at - 6);
  return `${from > 0 ? '…' : ''}${words.slice(from, from + 14).join(' ')}…`.slice(0, 300);
}

/** Each sentence's weighed praise and shortfall, for tools that explain a kind. */
export function sentenceScores(
  text: string,
): { text: string; praise: number; shortfall: number; cue: string | null }[] {
  const sentences = sentencesOf(text);
  return sentences.map((s, i) => scoreSentence(s, i, sentences.length));
}

/** Kept for callers that want only the kind. */
export function kindByWords(text: string): FindingKind {
  return classifyByWords(text).kind;
}
