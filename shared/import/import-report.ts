// The importer's one entry point, shared by the CLI and the app: bytes in, checked and read by
// the right reader, normalised, structured, and turned into records with deterministic ids.
// Anything wrong with the input leaves as an InputError with one line; nothing else escapes.
import type { ThemeRule } from '../model';
import { InputError, isInputError } from '../errors';
import { contentId, sha256Hex, sha256HexOfFile } from '../util/hash';
import { authorityIdForCode } from '../authorities';
import { dateForAuthority, resolveReportAuthority } from './authority';
import type { Extracted } from './extracted';
import { buildFindings } from './findings';
import { slugify } from './fold';
import { GARBLED_WARNING, looksGarbled } from './garbled';
import { LIMITS } from './limits';
import { normalise } from './normalise';
import type { DocxLimits } from './readers/docx';
import { readPdf } from './readers/pdf';
import type { GetDocument } from './readers/pdf-types';
import { readText, textOfPaste } from './readers/text';
import type { ImportResult } from './result';
import { sniff } from './sniff';
import { recogniseStructure } from './structure';
import { refuseIfNotAReport } from './not-a-report';

export interface ImportDeps {
  /** pdf.js's getDocument: the Node legacy build in the CLI, a worker-backed one in the app. */
  getDocument?: GetDocument;
  themeRules?: readonly ThemeRule[];
  now: () => Date;
  /** Told after each PDF page is read, so a long report shows its progress. */
  onProgress?: (pagesRead: number, pages: number) => void;
  /** Smaller limits for tests; the defaults are LIMITS. */
  zipLimits?: Partial<DocxLimits>;
  /** Told as each text stage starts. Tests use it to put a fault into a stage and see that it
   * is reported as a bug (exit 1), not as the member's bad file. */
  onStage?: (stage: 'normalise' | 'structure' | 'findings') => void;
}

export interface ImportInput {
  name: string;
  bytes: Uint8Array;
}

const EXPECTED_NAMES: Record<string, string> = {
  pdf: 'a PDF',
  docx: 'a Word document',
  txt: 'a text file',
  md: 'a text file',
};

async function extract(input: ImportInput, deps: ImportDeps): Promise<Extracted> {
  const { type, warning } = sniff(input.name, input.bytes);
  let extracted: Extracted;
  switch (type) {
    case 'pdf':
      if (!deps.getDocument)
        throw new InputError(
          'PDF reading is not available here; import the Word or text version of the report.',
          'pdf-unavailable',
        );
      extracted = await readPdf(input.bytes, deps.getDocument, deps.onProgress);
      break;
    // The Word and web readers (mammoth, htmlparser2) load only when such a file is imported.
    case 'docx': {
      const { readDocx } = await import('./readers/docx');
      extracted = await readDocx(input.name, input.bytes, { ...LIMITS, ...deps.zipLimits });
      break;
    }
    case 'html': {
      const { readHtml } = await import('./readers/html');
      extracted = readHtml(input.name, input.bytes);
      break;
    }
    case 'text':
      extracted = readText(input.name, input.bytes);
      break;
  }
  checkTextLength(input.name, extracted);
  if (warning) {
    extracted.warnings.unshift(warning);
    extracted.misnamed =
      EXPECTED_NAMES[input.name.slice(input.name.lastIndexOf('.') + 1).toLowerCase()] ??
      'what its name says';
  }
  return extracted;
}

/** Every stage after a reader is linear or bounded per paragraph, but their sum still grows with
 * the text: more text than any report is refused before normalisation starts. */
function checkTextLength(name: string, extracted: Extracted): void {
  let chars = 0;
  for (const page of extracted.pages) chars += page.length;
  if (chars > LIMITS.maxTextChars) {
    throw new InputError(
      `"${name}" holds ${chars.toLocaleString('en-GB')} characters of text, more than the ${LIMITS.maxTextChars.toLocaleString('en-GB')} of any inspection report; import the report itself.`,
      'too-much-text',
    );
  }
}

/** Running out of stack is a bug in this app (no input within the limits may cause it), so it is
 * never reported as a problem with the member's file. */
function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/** Only the readers see the member's bytes in raw form: what trips them (a malformed PDF, a broken
 * zip) is bad input. The text stages after them are this app's own code on text the readers
 * produced, so anything but an InputError they throw is a bug and leaves as it is. */
async function extractOrRefuse(input: ImportInput, deps: ImportDeps): Promise<Extracted> {
  try {
    return await extract(input, deps);
  } catch (error) {
    if (isInputError(error) || isStackOverflow(error)) throw error;
    throw new InputError(
      `"${input.name}" could not be read (${error instanceof Error ? error.message.split('\n')[0]?.slice(0, 160) : 'unknown problem'}); try the PDF, Word or text version of the report.`,
      'unreadable',
    );
  }
}

export async function importReport(input: ImportInput, deps: ImportDeps): Promise<ImportResult> {
  // Hashed while the file is read (Web Crypto works off this thread where it can).
  const sha256 = sha256HexOfFile(input.bytes);
  sha256.catch(() => undefined);
  const extracted = await extractOrRefuse(input, deps);
  const fileHash = await sha256;
  // A file that is not what its name says and holds no report (a "page not found" saved as .pdf)
  // is told so, rather than only that it is not a report.
  const misnamed = () =>
    new InputError(
      `"${input.name}" is not ${extracted.misnamed} but ${extracted.kind === 'html' ? 'a web page' : 'another kind of file'} with no inspection report in it (perhaps a "page not found" page); download the report again and import that file.`,
      'not-a-report',
    );
  let result: ImportResult;
  try {
    result = buildResult(
      extracted,
      { name: input.name, size: input.bytes.length, sha256: fileHash },
      deps,
    );
  } catch (error) {
    if (extracted.misnamed && isInputError(error) && error.code === 'not-a-report')
      throw misnamed();
    throw error;
  }
  if (extracted.misnamed && result.report.framework === 'unknown' && result.judgements.length === 0)
    throw misnamed();
  return result;
}

/** Pasted text: read as plain text, with the text's own hash standing in for a file's. */
export function importText(text: string, deps: ImportDeps, name = 'Pasted text'): ImportResult {
  if (text.trim().length === 0)
    throw new InputError("there is no text to read; paste the report's text first.", 'empty');
  checkTextLength(name, textOfPaste(text));
  const bytes = new TextEncoder().encode(text);
  return buildResult(
    textOfPaste(text),
    { name, size: bytes.length, sha256: sha256Hex(bytes) },
    deps,
  );
}

/** The text stages on what a reader extracted: normalise, structure, findings. */
export function buildResult(
  extracted: Extracted,
  file: { name: string; size: number; sha256: string },
  deps: ImportDeps,
): ImportResult {
  deps.onStage?.('normalise');
  const normalised = normalise(extracted);
  if (normalised.text.replace(/[^\p{L}]/gu, '').length < 20) {
    throw new InputError(
      `"${file.name}" has almost no words in it to read; choose the report's PDF, Word or text file.`,
      'no-text',
    );
  }
  deps.onStage?.('structure');
  const structure = recogniseStructure(normalised.paragraphs);
  const garbled = looksGarbled(normalised.text);
  refuseIfNotAReport({
    framework: structure.framework,
    judgements: structure.judgements.length,
    paragraphs: normalised.paragraphs,
    text: normalised.text,
    garbled,
  });
  const reportId = contentId('report', file.sha256);
  const meta = structure.metadata;
  const resolved = resolveReportAuthority(
    normalised.paragraphs,
    meta.authority,
    dateForAuthority(meta.publishedOn, meta.inspectionDates),
  );
  const authority = resolved.entry?.name ?? meta.authority ?? 'Unknown authority';
  const authorityCode = resolved.entry?.code ?? null;
  const authorityId = authorityCode
    ? authorityIdForCode(authorityCode)
    : contentId('authority', shortAuthority(authority));
  const skip = new Set([...structure.table]);
  deps.onStage?.('findings');
  const { sections, findings } = buildFindings({
    reportId,
    paragraphs: normalised.paragraphs,
    skip,
    statements: structure.statements,
    themeRules: deps.themeRules ?? [],
    framework: structure.framework,
  });
  const warnings = [...extracted.warnings, ...structure.warnings];
  if (garbled) warnings.push(GARBLED_WARNING);
  // A name the list does not hold is not a warning but a choice for the member: authorityCode is
  // null, and the review screen (or the CLI's --authority) asks for it.
  if (!authorityCode && !meta.authority)
    warnings.push('The authority was not named where expected; choose it before saving.');
  if (findings.length === 0) warnings.push('No findings were found in this text.');
  // "Inspection of children's social care services" says nothing on its own in a list of reports.
  const bareTitle = meta.title ?? file.name;
  const titleName = meta.authority ?? resolved.entry?.name;
  const title =
    (titleName &&
    !bareTitle.includes(titleName) &&
    /^(?:Re-i|I)nspection of children/.test(bareTitle)
      ? `${titleName}: ${bareTitle}`
      : bareTitle
    ).slice(0, 500) || 'Inspection report';
  return {
    authority: { id: authorityId, name: authority.slice(0, 200), code: authorityCode },
    report: {
      id: reportId,
      authorityId,
      authority: authority.slice(0, 200),
      authorityCode,
      title,
      inspectorate: meta.inspectorate,
      framework: structure.framework,
      variant: structure.variant,
      publishedOn: meta.publishedOn,
      inspectionDates: meta.inspectionDates,
      leadInspector: meta.leadInspector,
      source: {
        name: file.name.slice(0, 500) || 'report',
        size: file.size,
        sha256: file.sha256,
        mediaType: extracted.mediaType,
      },
      text: normalised.text,
      pageStarts: normalised.pageStarts,
      previousGrades: structure.previousGrades,
      warnings,
      importedAt: deps.now().toISOString(),
    },
    judgements: structure.judgements.map((j, order) => ({
      id: contentId('judgement', reportId, j.key),
      reportId,
      key: j.key,
      label: j.label.slice(0, 300),
      grade: j.grade,
      gradeText: j.gradeText.slice(0, 100),
      score: j.score,
      order,
    })),
    sections,
    findings,
    warnings,
  };
}

/** The authority's name without "Council", "London Borough of" and the like, so ids agree across reports. */
export function shortAuthority(name: string): string {
  return (
    slugify(
      name
        .replace(
          /\b(?:the|royal borough of|london borough of|metropolitan borough of|metropolitan borough(?: council)?|borough council|city council|county council|city of|council|metropolitan|borough|county)\b/gi,
          ' ',
        )
        .replace(/\s+/g, ' '),
    ) || 'unknown'
  );
}
