// Recognises what a file really holds from its bytes, whatever its name says: PDF, Word (docx),
// HTML, plain text, or something that cannot be a report.
import { InputError } from '../errors';
import { LIMITS, megabytes } from './limits';

export type ContentType = 'pdf' | 'docx' | 'html' | 'text';

export interface Sniffed {
  type: ContentType;
  /** Set when the name's extension says something else: the member is told what was read. */
  warning: string | null;
}

const EXTENSION_TYPES: Record<string, ContentType> = {
  pdf: 'pdf',
  docx: 'docx',
  html: 'html',
  htm: 'html',
  txt: 'text',
  md: 'text',
  markdown: 'text',
  text: 'text',
};
const TYPE_NAMES: Record<ContentType, string> = {
  pdf: 'a PDF',
  docx: 'a Word document',
  html: 'a web page (HTML)',
  text: 'plain text',
};

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** True when the bytes are mostly control characters or NULs: binary, not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  const bomUtf16 = startsWith(sample, [0xff, 0xfe]) || startsWith(sample, [0xfe, 0xff]);
  if (bomUtf16) return false;
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) control += 1;
  }
  return control > sample.length * 0.02;
}

export function sniff(name: string, bytes: Uint8Array): Sniffed {
  if (bytes.length > LIMITS.maxFileBytes) {
    throw new InputError(
      `"${name}" is ${megabytes(bytes.length)}, larger than the ${megabytes(LIMITS.maxFileBytes)} a report can be; check that this is the report itself.`,
      'too-large',
    );
  }
  if (
    bytes.length === 0 ||
    bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)
  ) {
    throw new InputError(
      `"${name}" is empty; choose the report file itself, or paste the report's text.`,
      'empty',
    );
  }
  const type = detect(name, bytes);
  const expected = EXTENSION_TYPES[extensionOf(name)];
  const warning =
    expected && expected !== type && !(expected === 'text' && type === 'html')
      ? `"${name}" is named as ${TYPE_NAMES[expected]} but holds ${TYPE_NAMES[type]}; it was read as ${TYPE_NAMES[type]}.`
      : null;
  return { type, warning };
}

function detect(name: string, bytes: Uint8Array): ContentType {
  const head = bytes.subarray(0, 1024);
  // "%PDF-" may follow a little junk; pdf.js accepts it within the first kilobyte.
  for (let i = 0; i + 4 < head.length; i += 1)
    if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d], i)) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return 'docx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new InputError(
      `"${name}" is an old-style Word (.doc) file; open it in Word and save it as .docx, then import that.`,
      'legacy-doc',
    );
  }
  if (looksBinary(bytes)) {
    throw new InputError(
      `"${name}" is not a report this app can read (it is not PDF, Word, web page or text); choose the PDF or Word version of the report.`,
      'binary',
    );
  }
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(head)
    .replace(/^\ufeff/, '')
    .trimStart()
    .toLowerCase();
  if (
    /^<!doctype html|^<html[\s>]|^<\?xml[^>]*>\s*<html|^<head[\s>]|^<body[\s>]|^<meta[\s>]/.test(
      text,
    ) ||
    (extensionOf(name).startsWith('htm') && text.startsWith('<'))
  )
    return 'html';
  return 'text';
}
