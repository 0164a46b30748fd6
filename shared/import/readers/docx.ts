// Reads a Word (.docx) file: the zip's parts are inflated and counted by zip.ts (a zip bomb is
// refused before mammoth sees it), their XML checked for size and shape, then mammoth gives the text.
import { zipSync, type Zippable } from 'fflate';
import mammoth from 'mammoth';
import { InputError } from '../../errors';
import { LIMITS, megabytes } from '../limits';
import type { Extracted } from '../extracted';
import { readZip, type ZipLimits } from './zip';

export type { ZipLimits } from './zip';

export interface DocxLimits extends ZipLimits {
  /** Most bytes of XML (document, styles, notes) handed to mammoth, which builds a tree of it. */
  maxDocxXmlBytes: number;
  /** Most elements, and the deepest nesting, in that XML. */
  maxXmlElements: number;
  maxXmlDepth: number;
}

/** The parts mammoth reads for raw text: XML and relationship parts, not images or fonts. */
const isTextPart = (entry: string) => /\.(?:xml|rels)$/i.test(entry);

/** Counts elements and nesting in one pass over the bytes, before any XML parser builds a tree. */
function checkXmlShape(
  name: string,
  xml: Uint8Array,
  limits: DocxLimits,
  counted: { elements: number },
): void {
  let depth = 0;
  for (let i = 0; i < xml.length; i += 1) {
    if (xml[i] !== 0x3c) continue; // '<'
    const next = xml[i + 1];
    if (next === 0x2f)
      depth -= 1; // '</'
    else if (next !== 0x3f && next !== 0x21) {
      // An opening tag, unless it closes itself ('/>') before its '>'.
      let j = i + 1;
      while (j < xml.length && xml[j] !== 0x3e) j += 1;
      if (xml[j - 1] !== 0x2f) depth += 1;
      counted.elements += 1;
      i = j;
      if (depth > limits.maxXmlDepth || counted.elements > limits.maxXmlElements) {
        throw new InputError(
          `"${name}" is built in a way no Word report is (its XML is nested too deeply or holds too many parts); save it again from Word and import that.`,
          'docx-too-complex',
        );
      }
    }
  }
}

/** The zip's text parts, read and counted from its central directory (see zip.ts), and their
 * XML checked for size, element count and depth, then packed into a fresh zip: mammoth reads
 * exactly the bytes that were checked, never the original file's own idea of its contents. */
export function checkedDocxZip(
  name: string,
  bytes: Uint8Array,
  limits: DocxLimits = LIMITS,
): Uint8Array {
  const parts = readZip(name, bytes, limits, {
    wanted: isTextPart,
    maxBytes: limits.maxDocxXmlBytes,
    tooMuch: () =>
      new InputError(
        `"${name}" holds more than ${megabytes(limits.maxDocxXmlBytes)} of document text and markup, far more than any Word report; import the report itself, or its PDF.`,
        'docx-too-large',
      ),
  });
  if (!parts.has('word/document.xml')) {
    throw new InputError(
      `"${name}" is a zip file but not a Word document; choose the report's .docx, PDF or text file.`,
      'not-docx',
    );
  }
  const counted = { elements: 0 };
  const files: Zippable = {};
  for (const [entry, data] of parts) {
    checkXmlShape(name, data, limits, counted);
    files[entry] = [data, { level: 0 }];
  }
  return zipSync(files);
}

export async function readDocx(
  name: string,
  bytes: Uint8Array,
  limits: DocxLimits = LIMITS,
): Promise<Extracted> {
  const copy = checkedDocxZip(name, bytes, limits);
  let text: string;
  try {
    // Node's mammoth reads `buffer`, the browser build reads `arrayBuffer`; both are given.
    const input = { arrayBuffer: copy.buffer, buffer: copy } as unknown as Parameters<
      typeof mammoth.extractRawText
    >[0];
    text = (await mammoth.extractRawText(input)).value;
  } catch (error) {
    throw new InputError(
      `"${name}" is a damaged Word file (${error instanceof Error ? error.message.split('\n')[0] : 'unreadable'}); save it again from Word and import that.`,
      'docx-damaged',
    );
  }
  // mammoth ends each Word paragraph with a blank line, which is exactly a paragraph break here.
  return {
    kind: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    pages: [text],
    warnings: [],
  };
}
