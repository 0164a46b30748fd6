// Every bullet and paragraph of every section becomes a finding with its kind, themes and source
// (page, paragraph number, offsets into Report.text). Ids come from content, so two members who
// import the same report get the same ids.
import type { Finding, Section, ThemeRule } from '../model';
import { contentId } from '../util/hash';
import { kindByWords, sectionMode, type SectionMode } from './classify';
import { fold } from './fold';
import type { Paragraph } from './normalise';
import { themesFor } from './themes';

export interface FindingsInput {
  reportId: string;
  paragraphs: readonly Paragraph[];
  /** Paragraphs that are not findings: the judgement table, statements of a judgement. */
  skip: ReadonlySet<number>;
  /** Paragraphs that state a judgement: kept as context findings. */
  statements: ReadonlySet<number>;
  themeRules: readonly ThemeRule[];
}

/** Where the report proper ends and Ofsted's back matter (contact details, copyright) begins. */
const BACK_MATTER = /^(?:the office for standards in education, children's services and skills \(ofsted\) regulates|ofsted has a duty|© crown copyright|this publication is available at|if you would like a copy of this document)/;

const PARTICULARS = /^(?:report published|published|inspection dates?|lead inspector|reporting inspector|age group)\b|\b(?:inspection dates?|lead inspector|report published):/i;

export function isHeading(p: Paragraph): boolean {
  if (p.marker !== 'plain') return false;
  const text = p.text.trim();
  if (text.length < 3 || text.length > 160) return false;
  if (/[.,;:"”)]$/.test(text)) return false;
  if (!/^[A-Z0-9‘'"“]/.test(text)) return false;
  // A heading is short, or a question ("What needs to improve?"), or carries a grade after a colon.
  return text.length <= 90 || /\?$/.test(text) || /:\s*[a-z ]+$/i.test(text);
}

export function normaliseForId(text: string): string {
  return fold(text).replace(/[^a-z0-9 ]/g, '');
}

export function findingIdOf(reportId: string, text: string, occurrence: number): string {
  return contentId('finding', reportId, normaliseForId(text), occurrence);
}

export function sectionIdOf(reportId: string, order: number, title: string): string {
  return contentId('section', reportId, order, fold(title));
}

export function buildFindings(input: FindingsInput): { sections: Section[]; findings: Finding[] } {
  const { reportId, paragraphs } = input;
  const sections: Section[] = [];
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  let section: Section | null = null;
  let mode = 'judged' as SectionMode;
  let recommendationsFollow = false;

  const openSection = (title: string, p: Paragraph | null) => {
    const order = sections.length;
    section = {
      id: sectionIdOf(reportId, order, title),
      reportId,
      title: title.slice(0, 500),
      order,
      source: { page: p?.page ?? null, paragraph: paragraphNumber(p, 0), start: p?.start ?? 0, end: p?.end ?? 0 },
    };
    sections.push(section);
    mode = sectionMode(title);
    recommendationsFollow = false;
  };

  let inContents = false;
  for (let index = 0; index < paragraphs.length; index += 1) {
    const p = paragraphs[index];
    if (!p) continue;
    // A table of contents is a list of headings with page numbers: not findings, not sections.
    if (inContents && endsWithPageNumber(p)) continue;
    // The title page's particulars (dates, inspector) are the report's metadata, not findings.
    if (PARTICULARS.test(p.text)) continue;
    inContents = false;
    if (/^contents$/i.test(p.text.trim())) {
      inContents = true;
      continue;
    }
    if (BACK_MATTER.test(fold(p.text))) {
      // Ofsted's closing page (who Ofsted are, copyright, contact details) is not the report.
      if (index > paragraphs.length * 0.6) break;
      continue;
    }
    if (input.skip.has(index)) continue;
    if (isHeading(p) && !input.statements.has(index)) {
      openSection(p.text, p);
      continue;
    }
    if (!section) openSection('Summary', null);
    const current = section as unknown as Section;
    const body = p.text.slice(p.bodyStart - p.start).trim();
    if (body.length < 20) continue;
    if (/^in order to improve\b/.test(fold(body))) recommendationsFollow = true;
    const kind = input.statements.has(index)
      ? 'context'
      : mode === 'recommendation' || recommendationsFollow
        ? 'recommendation'
        : mode === 'context'
          ? 'context'
          : kindByWords(body);
    const key = normaliseForId(body);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    findings.push({
      id: findingIdOf(reportId, body, occurrence),
      reportId,
      sectionId: current.id,
      section: current.title,
      order: findings.length,
      kind,
      text: body,
      themes: themesFor(body, input.themeRules),
      source: { page: p.page, paragraph: paragraphNumber(p, index), start: p.bodyStart, end: p.end },
    });
  }
  const used = new Set(findings.map((f) => f.sectionId));
  return { sections: sections.filter((s) => used.has(s.id)), findings };
}

function endsWithPageNumber(p: Paragraph): boolean {
  const numbered = p.lines.filter((line) => /\S\s+\d{1,3}$/.test(line.trim())).length;
  return numbered > 0 && numbered >= p.lines.length * 0.5;
}

/** The paragraph number the report prints, or the paragraph's place in the text. */
function paragraphNumber(p: Paragraph | null, index: number): number {
  return p?.number && p.number > 0 ? p.number : index + 1;
}
