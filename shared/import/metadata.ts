// The report's particulars: framework and variant, authority, inspectorate, dates, lead inspector
// and title, read from the front of the text.
import type { Framework } from '../model';
import { fold } from './fold';
import { profileByTitle, profileOf } from '../frameworks';
import type { Paragraph } from './normalise';

export interface Metadata {
  title: string | null;
  authority: string | null;
  inspectorate: string;
  publishedOn: string | null;
  inspectionDates: string | null;
  leadInspector: string | null;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "23 May 2014" or "01 September 2014" as 2014-05-23. */
export function isoDate(text: string): string | null {
  const m = /\b(\d{1,2})(?:st|nd|rd|th)? ([a-z]+) ((?:19|20)\d\d)\b/.exec(fold(text));
  if (!m) return null;
  const month = MONTHS.indexOf(m[2] ?? '') + 1;
  const day = Number(m[1]);
  if (month === 0 || day < 1 || day > 31) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function frontText(paragraphs: readonly Paragraph[], count = 12): string {
  return paragraphs
    .slice(0, count)
    .map((p) => p.text)
    .join('\n');
}

export type FrameworkHint = Framework | null;

/** The framework the title page names, before any judgements are read. */
export function frameworkFromTitle(paragraphs: readonly Paragraph[]): {
  framework: FrameworkHint;
  olderScale: boolean;
} {
  // Only title-like paragraphs count: prose that mentions "a focused visit" names no framework.
  const head = fold(
    paragraphs
      .slice(0, 6)
      .filter((p) => p.text.length < 400 && !/[.!?]["”’]?$/.test(p.text.trim()))
      .map((p) => p.text)
      .join('\n'),
  );
  const olderScale = /\bgrade [1-4] \((?:outstanding|good|adequate|inadequate)\)/.test(
    fold(paragraphs.map((p) => p.text).join('\n')),
  );
  const profile = profileByTitle(head);
  // A summary and an unrecognised report have no title wording of their own, so never match here.
  if (profile) return { framework: profile.framework, olderScale };
  return { framework: null, olderScale };
}

/** Bodies named "... Council" that are not the local authority: "Children in Care Council",
 * "Youth Council", "Parish Council", "Schools Forum Council". */
const NOT_A_COUNCIL =
  /\b(?:care|youth|children|childrens|children's|people|people's|peoples|parish|town|school|schools|student|students|pupil|pupils|family|families|voices?|advisory|executive|faith|health)\s+(?:County |City |Borough |District )?Council$/i;

const AUTHORITY_WORDS = /\b(?:council|borough|county|city of|metropolitan)\b/i;

/** How much of each front paragraph the particulars are looked for in: title pages are short, and
 * the patterns below scan to the end of a line from each candidate, so they get bounded text. */
const FRONT_CHARS = 2_000;

export function readMetadata(paragraphs: readonly Paragraph[], framework: Framework): Metadata {
  const front = paragraphs.slice(0, 15).map((p) => p.text.slice(0, FRONT_CHARS));
  const all = front.join('\n');
  const dates =
    /Inspection dates?:?\s*(.+?)(?=\s*(?:Lead inspector|Report published|Reporting inspector|Published|Date of publication|Date published|Publication date|Age group)\b|\n|$)/i.exec(
      all,
    );
  const published =
    /(?:Report published|Date of publication|Date published|Publication date|Published):?\s*(\d{1,2}(?:st|nd|rd|th)? [A-Za-z]+ \d{4})/i.exec(
      all,
    );
  const lead = leadInspectorOf(paragraphs, framework);
  return {
    title: titleOf(front, framework),
    authority: authorityOf(front, paragraphs),
    inspectorate: profileOf(framework).inspectorate,
    publishedOn: published?.[1] ? isoDate(published[1]) : null,
    inspectionDates: dates?.[1]?.trim().slice(0, 300) || null,
    leadInspector: lead,
  };
}

/** The lead inspector as the framework signs it: on the title page (ILACS), or in "The inspection
 * team" block (SIF), which sits at the end or, where the report opens with "Information about this
 * inspection", after the summary; each paragraph tried on its own so a name never runs into the next
 * line. Between the front and the back only a paragraph that opens with the signature counts, so
 * prose about "the lead inspector" is never read as one. */
function leadInspectorOf(paragraphs: readonly Paragraph[], framework: Framework): string | null {
  const signatures = profileOf(framework).leadInspector;
  const frontEnd = Math.min(15, paragraphs.length);
  const backStart = Math.max(frontEnd, paragraphs.length - 60);
  const signedIn = (p: Paragraph, anywhere: boolean): string | null => {
    if (!/inspector/i.test(p.text)) return null;
    if (
      !anywhere &&
      !/^(?:the inspection team\s+)?(?:lead|reporting) inspector\b/i.test(p.text.trim())
    )
      return null;
    for (const signature of signatures) {
      const name = signature
        .exec(p.text)?.[1]
        ?.trim()
        .replace(/\s+(?:Senior HMI|HMI|SCRI|OI|Ofsted Inspector)$/, '')
        .replace(/\s+Senior$/, '');
      if (name && name.length >= 3) return name.slice(0, 200);
    }
    return null;
  };
  const inOrder = [...paragraphs.slice(0, frontEnd), ...paragraphs.slice(backStart)];
  for (const p of inOrder) {
    const name = signedIn(p, true);
    if (name) return name;
  }
  for (const p of paragraphs.slice(frontEnd, backStart)) {
    const name = signedIn(p, false);
    if (name) return name;
  }
  return null;
}

function titleOf(front: readonly string[], framework: Framework): string | null {
  const titleLike = front
    .slice(0, 5)
    .filter((t) => t.length < 400 && !/[.!?]["”’]?$/.test(t.trim()));
  const { titles } = profileOf(framework);
  for (const text of titleLike) {
    const from = text.search(/\b(?:Re-i|I)nspection of\b/);
    if (from >= 0)
      return text
        .slice(from)
        .replace(/\s+Inspection dates?:.*$/i, '')
        .trim();
    if (
      /\b(?:inspection of|visit to|assessment)\b/i.test(text) ||
      titles.some((t) => t.test(fold(text)))
    )
      return text.replace(/\s+Inspection dates?:.*$/i, '').trim();
  }
  if (profileOf(framework).titleFromFirstLine) {
    return titleLike.find((t) => t.length > 3 && t.length < 160) ?? null;
  }
  return null;
}

function authorityOf(front: readonly string[], paragraphs: readonly Paragraph[]): string | null {
  for (const [i, text] of front.entries()) {
    // ILACS 2018: the authority has a paragraph of its own above "Inspection of children's social care services".
    const previous = front[i - 1];
    if (
      /^Inspection of children[’']s social care services$/i.test(text.trim()) &&
      previous &&
      previous.length < 100 &&
      !/\d/.test(previous)
    ) {
      return previous.trim();
    }
    // ILACS from 2023: "Inspection of Merton local authority children's services".
    const ilacs = /Inspection of (?:the )?(.+?)\s+local authority children[’']s services/i.exec(
      text,
    );
    if (ilacs?.[1]) return ilacs[1].trim();
    // ILACS 2018 and SIF: the authority stands before "Inspection of ..." on the title page.
    const before = /^(.{3,120}?)\s+(?:Re-i|I)nspection of\b/.exec(text);
    if (before?.[1] && AUTHORITY_WORDS.test(before[1])) return before[1].trim();
    if (before?.[1] && !/[.,:]/.test(before[1]) && before[1].split(' ').length <= 6)
      return before[1].trim();
    // Older reports put it after the title: "Inspection of looked after children services Norfolk County Council".
    const after = /Inspection of [a-z ]+services\s+(.+?(?:Council|Borough))\b/i.exec(text);
    if (after?.[1]) return after[1].trim();
    const kent = /Inspection of (.+?(?:Council|Borough))\s+children[’']s services/i.exec(text);
    if (kent?.[1]) return kent[1].trim();
  }
  for (const text of front) {
    const police = /\binspection of (?:the )?([A-Z][\w&' -]{1,60}? (?:Police|Constabulary))\b/.exec(
      text,
    );
    if (police?.[1]) return police[1].trim();
    const visit =
      /\b(?:visit to|inspection of) (?:the )?([A-Z][\w&' -]{1,60}?) children[’']s services/.exec(
        text,
      );
    if (visit?.[1]) return visit[1].trim();
  }
  // Prose names the council in passing ("Durham Council has ..."); its full name ("Durham County
  // Council") is preferred where the text gives it anywhere.
  const named: string[] = [];
  for (const p of paragraphs) {
    for (const m of p.text.matchAll(
      /\b((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)? ){1,4}(?:County |City |Borough |District )?Council)\b/g,
    )) {
      if (m[1] && !/^(?:The|This|A|Our|In|Each|Every) /.test(m[1]) && !NOT_A_COUNCIL.test(m[1]))
        named.push(m[1].trim());
    }
  }
  const full = named.find((n) => /\b(?:County|City|Borough|District) Council$/.test(n));
  if (full || named[0]) return full ?? named[0] ?? null;
  return null;
}
