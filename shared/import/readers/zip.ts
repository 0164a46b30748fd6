// Reads a zip (a Word file) from its central directory, the same index mammoth's JSZip trusts,
// inflating every entry in small steps and counting the bytes as they come out, so the limits hold
// whatever the headers claim: local headers that disagree with the central directory, sizes that
// lie, entries that overlap. Only the parts needed for the text are kept.
import { Inflate } from 'fflate';
import { InputError } from '../../errors';
import { concatBytes } from '../../util/bytes';
import { megabytes } from '../limits';

export interface ZipLimits {
  maxZipEntries: number;
  maxInflatedBytes: number;
}

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const END = 0x06054b50;
/** Compressed bytes handed to the inflater at a time: deflate expands at most about 1,032 times,
 * so no single step can produce more than a megabyte before it is counted. */
const STEP = 1024;

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

function damaged(name: string, why: string): InputError {
  return new InputError(
    `"${name}" is a damaged Word file (${why}); save it again from Word and import that.`,
    'docx-damaged',
  );
}

function endRecord(name: string, bytes: Uint8Array): number {
  // The end record sits in the last 22 bytes plus a comment of at most 65,535.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at -= 1) {
    if (u32(bytes, at) === END) return at;
  }
  throw damaged(name, 'no zip directory at its end');
}

/** Inflates `data` (or copies it when stored), adding what comes out to `budget`; throws past it. */
function inflateCounted(
  data: Uint8Array,
  method: number,
  keep: boolean,
  spend: (bytes: number, kept: boolean) => void,
): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  const take = (chunk: Uint8Array) => {
    spend(chunk.length, keep);
    if (keep) chunks.push(chunk);
  };
  if (method === 0) take(data);
  else if (method === 8) {
    const inflater = new Inflate(take);
    for (let at = 0; at < data.length; at += STEP)
      inflater.push(data.subarray(at, Math.min(data.length, at + STEP)), at + STEP >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } else throw new Error(`compression method ${method}`);
  if (!keep) return null;
  return concatBytes(chunks);
}

/** Which entries to keep, and the most bytes they may inflate to together (`tooMuch` says why not). */
export interface Keep {
  wanted: (entry: string) => boolean;
  maxBytes: number;
  tooMuch: () => InputError;
}

/**
 * Every entry the central directory lists is inflated and counted; those `keep` wants are returned.
 * Throws an InputError past `limits` (entries, bytes inflated), past `keep.maxBytes`, or when the
 * zip is damaged.
 */
export function readZip(
  name: string,
  bytes: Uint8Array,
  limits: ZipLimits,
  keep: Keep,
): Map<string, Uint8Array> {
  const end = endRecord(name, bytes);
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  if (count > limits.maxZipEntries) {
    throw new InputError(
      `"${name}" holds more than ${limits.maxZipEntries} files inside it, which no Word report does; save the report again from Word and import that.`,
      'zip-entries',
    );
  }
  let inflated = 0;
  let kept = 0;
  const spend = (n: number, keeping: boolean) => {
    inflated += n;
    if (keeping) kept += n;
    if (kept > keep.maxBytes) throw keep.tooMuch();
    if (inflated > limits.maxInflatedBytes) {
      throw new InputError(
        `"${name}" expands to more than ${megabytes(limits.maxInflatedBytes)} when opened, which no Word report does (it may be a zip bomb); it was not read.`,
        'zip-bomb',
      );
    }
  };
  const entries = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i += 1) {
    if (u32(bytes, at) !== CENTRAL) throw damaged(name, 'its zip directory is broken');
    const method = u16(bytes, at + 10);
    const compressed = u32(bytes, at + 20);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const local = u32(bytes, at + 42);
    const entry = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (compressed === 0xffffffff || local === 0xffffffff)
      throw damaged(name, 'a zip64 entry, which Word does not write for reports');
    if (u32(bytes, local) !== LOCAL)
      throw damaged(name, `entry ${entry} is not where the zip directory says`);
    const dataStart = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (dataStart + compressed > bytes.length)
      throw damaged(name, `entry ${entry} runs past the end of the file`);
    const keeping = keep.wanted(entry) && !entries.has(entry);
    try {
      const data = inflateCounted(
        bytes.subarray(dataStart, dataStart + compressed),
        method,
        keeping,
        spend,
      );
      if (data) entries.set(entry, data);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw damaged(name, error instanceof Error ? error.message : 'unreadable entry');
    }
  }
  return entries;
}
