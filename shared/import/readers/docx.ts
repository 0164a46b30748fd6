// Reads a Word (.docx) file: the zip is first walked with fflate, counting entries and the bytes
// actually inflated (a zip bomb is refused before mammoth sees it), then mammoth gives the text.
import { Unzip, UnzipInflate } from 'fflate';
import mammoth from 'mammoth';
import { InputError } from '../../errors';
import { LIMITS, megabytes } from '../limits';
import type { Extracted } from '../extracted';

export interface ZipLimits {
  maxZipEntries: number;
  maxInflatedBytes: number;
}

/** Inflates every entry to count it, without keeping the bytes; throws InputError past a limit. */
export function checkZip(name: string, bytes: Uint8Array, limits: ZipLimits = LIMITS): { entries: string[] } {
  const entries: string[] = [];
  let inflated = 0;
  let problem: InputError | null = null;
  const unzip = new Unzip((file) => {
    if (problem) return;
    entries.push(file.name);
    if (entries.length > limits.maxZipEntries) {
      problem = new InputError(`"${name}" holds more than ${limits.maxZipEntries} files inside it, which no Word report does; save the report again from Word and import that.`, 'zip-entries');
      return;
    }
    file.ondata = (error, chunk) => {
      if (problem) return;
      if (error) {
        problem = new InputError(`"${name}" is a damaged Word file (${error.message}); save it again from Word and import that.`, 'docx-damaged');
        return;
      }
      inflated += chunk.length;
      if (inflated > limits.maxInflatedBytes) {
        problem = new InputError(
          `"${name}" expands to more than ${megabytes(limits.maxInflatedBytes)} when opened, which no Word report does (it may be a zip bomb); it was not read.`,
          'zip-bomb',
        );
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    const step = 64 * 1024;
    for (let at = 0; at < bytes.length && !problem; at += step) {
      unzip.push(bytes.subarray(at, Math.min(bytes.length, at + step)), at + step >= bytes.length);
    }
  } catch (error) {
    if (!problem) {
      problem = new InputError(`"${name}" is a damaged Word file (${error instanceof Error ? error.message : 'unreadable zip'}); save it again from Word and import that.`, 'docx-damaged');
    }
  }
  if (problem) throw problem;
  return { entries };
}

export async function readDocx(name: string, bytes: Uint8Array, limits: ZipLimits = LIMITS): Promise<Extracted> {
  const { entries } = checkZip(name, bytes, limits);
  if (!entries.includes('word/document.xml')) {
    throw new InputError(`"${name}" is a zip file but not a Word document; choose the report's .docx, PDF or text file.`, 'not-docx');
  }
  const copy = bytes.slice();
  let text: string;
  try {
    // Node's mammoth reads `buffer`, the browser build reads `arrayBuffer`; both are given.
    const input = { arrayBuffer: copy.buffer, buffer: copy } as unknown as Parameters<typeof mammoth.extractRawText>[0];
    text = (await mammoth.extractRawText(input)).value;
  } catch (error) {
    throw new InputError(`"${name}" is a damaged Word file (${error instanceof Error ? error.message.split('\n')[0] : 'unreadable'}); save it again from Word and import that.`, 'docx-damaged');
  }
  // mammoth ends each Word paragraph with a blank line, which is exactly a paragraph break here.
  return { kind: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', pages: [text], warnings: [] };
}
