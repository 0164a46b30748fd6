// Every bullet and paragraph of every section becomes a finding with its kind (and why), themes
// and source (page, paragraph number, offsets into Report.text). Where recommendations sit, which
// sections are strengths, background or boilerplate comes from the framework's profile. Ids come
// from content, so two members who import the same report get the same ids.
import { profileOf, type FrameworkProfile } from '../frameworks';
import type { Finding, Framework, Section, ThemeRule } from '../model';
import { contentId } from '../util/hash';
import { classifyByWords, type Classified } from './classify';
import { fold } from './fold';
import type { Paragraph } from './normalise';
import { themesFor } from './themes';

export interface FindingsInput {
  reportId: string;
  paragraphs: readonly Paragraph[];
  /** Paragraphs that are not findings: the judgement table. */
  skip: ReadonlySet<number>;
  /** Paragraphs that state a judgement ("The overall judgement is ..."): not findings either. */
  statements: ReadonlySet<number>;
  themeRules: readonly ThemeRule[];
  framework?: Framework;
}

/** Where the report proper ends and Ofsted's back matter (contact details, copyright) begins. */
const BACK_MATTER =
  /^(?:the office for standards in education, children's services and skills \(ofsted\) regulates|ofsted has a duty|© crown copyright|this publication is available at|if you would like a copy of this document|any complaints about the inspection)/;

const PARTICULARS =
  /^(?:report published|published|inspection dates?|lead inspector|reporting inspector|deputy lead inspector|team inspectors?|shadow inspectors?|senior data analyst|quality assurance manager|age group)\b|\b(?:inspection dates?|lead inspector|report published):/i;

/** Sentences that state a grade or lead into a list rather than report anything. */
const NOT_A_FINDING =
  /^(?:the graded judge?ments? (?:about|for)\b|the overall judgement is\b|the judgements on areas of the service\b|[^.]{0,120}\b(?:because|are):$|the inspection team consisted\b|the local safeguarding children board is (?:good|outstanding|inadequate|requires)\b|the arrangements in place to evaluate the effectiveness\b|the authority is not yet delivering good protection\b|it is ofsted's expectation\b)/;

export function isHeading(p: Paragraph): boolean {
  if (p.marker !== 'plain') return false;
  const text = p.text.trim();
  if (text.length < 3 || text.length > 160) return false;
  // A heading may close on a bracket ("The Local Safeguarding Children Board (LSCB)") but not on a sentence's punctuation.
  if (/[.,;:"”]$/.test(text) || (/\)$/.test(text) && (text.length > 70 || /[.]\s/.test(text))))
    return false;
  if (!/^[A-Z0-9‘'"“]/.test(text)) return false;
  // A heading is short, or a question ("What needs to improve?"), or carries a grade after a colon.
  return (
    text.length <= 90 ||
    /\?$/.test(text) ||
    /:\s*[a-z ]+$/i.test(text) ||
    GRADE_AT_END.test(fold(text))
  );
}

const GRADE_AT_END = /(?:requires improvement(?: to be good)?|inadequate|good|outstanding)$/;

export function normaliseForId(text: string): string {
  return fold(text).replace(/[^a-z0-9 ]/g, '');
}

export function findingIdOf(reportId: string, text: string, occurrence: number): string {
  return contentId('finding', reportId, normaliseForId(text), occurrence);
}

export function sectionIdOf(reportId: string, order: number, title: string): string {
  return contentId('section', reportId, order, fold(title));
}

type Region = 'judged' | 'recommendations' | 'strengths' | 'context' | 'boilerplate';

function regionOf(title: string, profile: FrameworkProfile): Region | null {
  const t = fold(title).replace(/[’]/g, "'");
  const { sections } = profile;
  if (sections.boilerplate?.test(t)) return 'boilerplate';
  if (sections.recommendations.test(t)) return 'recommendations';
  if (sections.strengths?.test(t)) return 'strengths';
  if (sections.context?.test(t)) return 'context';
  return null;
}

/** A grade in a section's heading leans a tie between praise and shortfall its way. */
function leanOf(title: string): 'praise' | 'shortfall' | null {
  const t = fold(title);
  if (/(?:requires improvement|inadequate)(?: to be good)?\)?$/.test(t)) return 'shortfall';
  if (/(?:good|outstanding)\)?$/.test(t)) return 'praise';
  return null;
}

/** "Summary Agencies work well ...": a known heading glued to the paragraph after it. */
function gluedHeading(p: Paragraph, headings: readonly string[]): string | null {
  if (p.marker !== 'plain') return null;
  for (const h of headings) {
    if (
      p.text.length > h.length + 20 &&
      p.text.startsWith(h) &&
      /^\s+(?:\d{1,3}\.\s+)?[A-Z‘']/.test(p.text.slice(h.length))
    )
      return h;
  }
  return null;
}

export function buildFindings(input: FindingsInput): { sections: Section[]; findings: Finding[] } {
  const { reportId, paragraphs } = input;
  const profile = profileOf(input.framework ?? 'unknown');
  const sections: Section[] = [];
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  let section: Section | null = null;
  let region = 'judged' as Region;
  let lean = null as 'praise' | 'shortfall' | null;
  let recommendationsFollow = false;

  const openSection = (title: string, p: Paragraph | null) => {
    const order = sections.length;
    section = {
      id: sectionIdOf(reportId, order, title),
      reportId,
      title: title.slice(0, 500),
      order,
      source: {
        page: p?.page ?? null,
        paragraph: paragraphNumber(p, 0),
        start: p?.start ?? 0,
        end: p?.end ?? 0,
      },
    };
    sections.push(section);
    const named = regionOf(title, profile);
    // A recommendations list may carry sub-headings ("Early help", "Missing children"): they
    // keep the list open; only a heading the profile names (or a graded one) closes it.
    if (named) region = named;
    else if (
      (region !== 'recommendations' && region !== 'boilerplate') ||
      leanOf(title) ||
      isMajorHeading(title)
    )
      region = 'judged';
    lean = leanOf(title) ?? (named ? null : lean);
    recommendationsFollow = false;
  };

  let inContents = false;
  for (let index = 0; index < paragraphs.length; index += 1) {
    const p = paragraphs[index];
    if (!p) continue;
    const folded = fold(p.text);
    // A table of contents is a list of headings with page numbers: not findings, not sections.
    if (inContents && endsWithPageNumber(p)) continue;
    // The title page's particulars (dates, inspector) and the inspection team are metadata, not findings.
    if (PARTICULARS.test(p.text)) continue;
    inContents = false;
    if (/^contents\b/.test(folded)) {
      inContents = true;
      continue;
    }
    if (BACK_MATTER.test(folded)) {
      // Ofsted's closing page (who Ofsted are, copyright, contact details) is not the report.
      if (index > paragraphs.length * 0.6) break;
      continue;
    }
    if (input.skip.has(index)) {
      // A graded section heading the table reader took for a row still opens its section.
      if (findings.length > 0 && isHeading(p) && isMajorHeading(p.text)) openSection(p.text, p);
      continue;
    }
    if (input.statements.has(index) || NOT_A_FINDING.test(folded)) continue;
    const glued = gluedHeading(p, profile.headings);
    if (!glued && isHeading(p)) {
      openSection(p.text, p);
      continue;
    }
    if (glued) openSection(glued, p);
    if (!section) openSection('Summary', null);
    const current = section as unknown as Section;
    if (region === 'boilerplate') continue;
    let bodyStart = p.bodyStart;
    if (glued) {
      const rest = p.text.slice(glued.length);
      bodyStart = p.start + glued.length + (rest.length - rest.trimStart().length);
      const number = /^\d{1,3}\.\s+/.exec(p.text.slice(bodyStart - p.start));
      if (number) bodyStart += number[0].length;
    }
    const body = p.text.slice(bodyStart - p.start).trim();
    if (body.length < 20) continue;
    if (/^in order to improve\b/.test(fold(body))) recommendationsFollow = true;
    const classified = classify(
      body,
      p,
      region,
      recommendationsFollow,
      lean,
      current.title,
      profile,
    );
    // A long paragraph of prose after a recommendations list ends the list: a heading the layout
    // lost ("The experiences and progress of children who need help and protection are good")
    // must not turn a whole section into recommendations.
    if (region === 'recommendations' && classified.kind !== 'recommendation') region = 'judged';
    const key = normaliseForId(body);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    findings.push({
      id: findingIdOf(reportId, body, occurrence),
      reportId,
      sectionId: current.id,
      section: current.title,
      order: findings.length,
      kind: classified.kind,
      text: body,
      themes: themesFor(body, input.themeRules),
      source: { page: p.page, paragraph: paragraphNumber(p, index), start: bodyStart, end: p.end },
      reason: classified.reason,
      ...(classified.balance ? { balance: classified.balance } : {}),
    });
  }
  const used = new Set(findings.map((f) => f.sectionId));
  return { sections: sections.filter((s) => used.has(s.id)), findings };
}

/** Headings that open a report's main parts, whatever the framework. */
function isMajorHeading(title: string): boolean {
  return /^(?:the experiences and progress|the impact of leaders|leadership, management|the local authority'?s? strengths|progress since|summary for children|information about|inspection judgements?|the local safeguarding children board|summary of findings|executive summary|the graded judge?ment)/.test(
    fold(title).replace(/[’]/g, "'"),
  );
}

function classify(
  body: string,
  p: Paragraph,
  region: Region,
  recommendationsFollow: boolean,
  lean: 'praise' | 'shortfall' | null,
  sectionTitle: string,
  profile: FrameworkProfile,
): Classified {
  const bySection = (kind: Classified['kind']): Classified => ({
    kind,
    reason: { by: 'section', quote: sectionTitle.slice(0, 300) },
  });
  if (recommendationsFollow) return bySection('recommendation');
  if (region === 'recommendations') {
    if (/^no areas (?:were|have been) identified\b/.test(fold(body))) return bySection('context');
    // The list's items are bullets (or, where the profile says so, numbered lines) or a short line;
    // a paragraph of several sentences is prose.
    const sentences = body.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
    const listItem =
      p.marker === 'bullet' ||
      (p.marker === 'numbered'
        ? profile.sections.recommendationItems !== 'bullets' && sentences <= 3
        : sentences <= 2 && body.length <= 400);
    if (listItem) return bySection('recommendation');
  }
  if (region === 'strengths') return bySection('strength');
  if (region === 'context') return bySection('context');
  return classifyByWords(body, lean);
}

function endsWithPageNumber(p: Paragraph): boolean {
  const numbered = p.lines.filter((line) => /\S\s+\d{1,3}$/.test(line.trim())).length;
  return numbered > 0 && numbered >= p.lines.length * 0.5;
}

/** The paragraph number the report prints, or the paragraph's place in the text. */
function paragraphNumber(p: Paragraph | null, index: number): number {
  return p?.number && p.number > 0 ? p.number : index + 1;
}
