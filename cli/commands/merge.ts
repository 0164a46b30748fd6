// scrutiny-desk merge <mine.json> <theirs.json> --out <merged.json>: merges a colleague's
// workspace or share bundle into mine with the app's own merge (shared/merge), written atomically.
//
// The command line has no identity of its own: it checks the incoming file's signature and its
// keys against the identity and pinned keys in <mine.json> (a known member or name under another
// key is refused, writing nothing), and pins a key seen for the first time in the workspace it
// writes. Its safety copy: the inputs are never changed, and if --out names a file that already
// exists (say, mine), that file is first copied beside it as "<name>.before-merge-<time>.json".
import { readInputFile } from '../read-input';
import { checkFileSize } from '../../shared/files/parse';
import { parseArgs } from 'node:util';
import { refuseOutputOverInput, withOutFile, writeError, type OutFile } from '../out-file';
import { readFile } from 'node:fs/promises';
import { atomicWrite } from '../../host/atomic-write';
import { UsageError, type Io } from '../errors';
import { InputError, isInputError } from '../../shared/errors';
import { restoreFileBytes, type RestoredFile } from '../../shared/files/restore';
import { serializeWorkspace } from '../../shared/files/serialize';
import { applyMerge, mergeCounts, mergeNotices, previewMerge } from '../../shared/merge';

const USAGE = 'usage: scrutiny-desk merge <mine.json> <theirs.json> --out <merged.json>';

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { out: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}; ${USAGE}`);
  }
}

/** Read and restore one input; its problems are said with its name in front. */
async function readFileFor(path: string): Promise<RestoredFile> {
  const bytes = await readInputFile(path, 'a workspace or bundle file', checkFileSize);
  try {
    return restoreFileBytes(bytes);
  } catch (error) {
    if (isInputError(error)) throw new InputError(`${path}: ${error.message}`, error.code);
    throw error;
  }
}

/** Copy an existing --out file beside itself before it is replaced; the copy's name, or null. */
async function keepSafetyCopy(out: string, now: Date): Promise<string | null> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(out);
  } catch {
    return null;
  }
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
  const copy = `${out.replace(/\.json$/i, '')}.before-merge-${stamp}.json`;
  try {
    await atomicWrite(copy, bytes);
  } catch (error) {
    throw writeError(copy, error);
  }
  return copy;
}

export async function mergeCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args);
  const [minePath, theirsPath, ...extra] = positionals;
  if (minePath === undefined || theirsPath === undefined || extra.length > 0)
    throw new UsageError(`give two files, mine then theirs; ${USAGE}`);
  if (!values.out) throw new UsageError(`--out <merged.json> is required; ${USAGE}`);

  // Merging into mine (--out mine.json) is allowed: it is read and written under the lock. Over
  // theirs it is not: their file would be replaced.
  await refuseOutputOverInput(values.out, [theirsPath], USAGE);
  return withOutFile(values.out, (out) => mergeInto(minePath, theirsPath, out, io));
}

async function mergeInto(
  minePath: string,
  theirsPath: string,
  out: OutFile,
  io: Io,
): Promise<number> {
  const mine = await readFileFor(minePath);
  if (mine.kind !== 'workspace') {
    throw new InputError(
      `${minePath} is a share bundle, not a workspace; give your workspace file first and the bundle second.`,
      'not-workspace',
    );
  }
  const theirs = await readFileFor(theirsPath);
  const preview = previewMerge(mine.file.data, theirs);
  const now = new Date();
  const merged = applyMerge(mine.file.data, preview, now);
  const safety = await keepSafetyCopy(out.path, now);
  await out.write(serializeWorkspace(merged, mine.file.exportedBy, now));

  const from = preview.from ? ` from ${preview.from}` : '';
  io.out(
    `Merged ${theirsPath}${from} into ${minePath}: ${mergeCounts(preview)}; ${preview.unchanged} already present.`,
  );
  for (const line of mergeNotices(preview)) io.out(line);
  if (safety) io.out(`Kept a copy of the earlier ${out.path} as ${safety}.`);
  io.out(`Wrote ${out.path}.`);
  return 0;
}
