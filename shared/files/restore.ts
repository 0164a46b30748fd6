// The one restore step every loaded file goes through (after Excalidraw's data/restore.ts):
// check the format, refuse newer versions, upgrade older ones step by step, fill defaults,
// validate against the model, then check ids and references. Bad input becomes one InputError.
import type { z } from 'zod';
import { InputError } from '../errors';
import {
  BUNDLE_FORMAT,
  BundleFile,
  CURRENT_FILE_VERSION,
  WORKSPACE_FORMAT,
  WorkspaceFile,
} from './envelope';
import { checkBundleReferences, checkWorkspaceReferences } from './references';
import { OLDEST_FILE_VERSION, fillDefaults, isRecord, upgradeData, type FileKind } from './upgrade';
import { parseFileBytes, parseFileText } from './parse';
import { parseFirst } from './validate-first';
import { checkBundleSignature } from '../identity/bundle-signature';
import type { MemberKey } from '../model/member';

/** A file at the current version; `fromVersion` is the version it was written at. A bundle's
 * `signer` is the member whose key signed it (the signature checked), null when unsigned. */
export type RestoredFile = (
  | { kind: 'workspace'; file: WorkspaceFile }
  | { kind: 'bundle'; file: BundleFile; signer: MemberKey | null }
) & { fromVersion: number };

const CHOOSE = 'choose a workspace or bundle file exported by Scrutiny Desk';

function kindOf(json: unknown): FileKind {
  if (!isRecord(json)) {
    const what = Array.isArray(json) ? 'a list' : json === null ? 'null' : `a ${typeof json}`;
    throw new InputError(
      `this is not a Scrutiny Desk file (it holds ${what}, not a workspace); ${CHOOSE}.`,
      'file-format',
    );
  }
  if (json.format === WORKSPACE_FORMAT) return 'workspace';
  if (json.format === BUNDLE_FORMAT) return 'bundle';
  const said =
    typeof json.format === 'string'
      ? `its format is "${json.format.slice(0, 60)}"`
      : 'it does not say its format';
  throw new InputError(`this is not a Scrutiny Desk file (${said}); ${CHOOSE}.`, 'file-format');
}

function versionOf(json: Record<string, unknown>): number {
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_FILE_VERSION) {
    throw new InputError(
      `the file's version (${JSON.stringify(version) ?? 'missing'}) is not one Scrutiny Desk has ever written; the file is damaged, so use another backup copy.`,
      'file-version',
    );
  }
  if (version > CURRENT_FILE_VERSION) {
    throw new InputError(
      `this file was made by a newer version of Scrutiny Desk (file version ${version}; this app reads up to ${CURRENT_FILE_VERSION}); update the app to open it.`,
      'file-version-newer',
    );
  }
  return version;
}

/** "data.annotations[3].target.findingId" from a zod issue path. */
function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, part) =>
      typeof part === 'number' ? `${text}[${part}]` : `${text}${text ? '.' : ''}${String(part)}`,
    '',
  );
}

function validate<T>(schema: z.ZodType<T>, json: unknown, kind: FileKind): T {
  const result = parseFirst(schema, json);
  if (result.success) return result.data;
  const issue = result.issue;
  const where = pathText(issue.path) || 'the top level';
  const why = issue.message.replace(/\s+/g, ' ').slice(0, 200);
  throw new InputError(
    `the ${kind} file is not valid at ${where} (${why}); it may have been edited by hand or damaged, so use another backup copy or export it again.`,
    'file-invalid',
  );
}

/** Restore a parsed file to the current version's shape, or throw one InputError saying why not. */
export function restoreFile(json: unknown): RestoredFile {
  const kind = kindOf(json);
  const envelope = json as Record<string, unknown>;
  const version = versionOf(envelope);
  if (!isRecord(envelope.data)) {
    throw new InputError(
      `the ${kind} file has no data in it; it is damaged, so use another backup copy or export it again.`,
      'file-invalid',
    );
  }
  const data = fillDefaults(upgradeData(envelope.data, version, kind), kind);
  const lifted = {
    ...envelope,
    version: CURRENT_FILE_VERSION,
    exportedBy: envelope.exportedBy ?? '',
    data,
  };
  if (kind === 'workspace') {
    const file = validate(WorkspaceFile, lifted, kind);
    checkWorkspaceReferences(file.data);
    return { kind, file, fromVersion: version };
  }
  // The signature covers the file as written, so it is checked before anything is lifted.
  const signer = checkBundleSignature(envelope);
  const file = validate(BundleFile, lifted, kind);
  checkBundleReferences(file.data);
  return { kind, file, signer, fromVersion: version };
}

/** Parse and restore a file's text in one step. */
export function restoreFileText(text: string): RestoredFile {
  return restoreFile(parseFileText(text));
}

/** Parse and restore a file's bytes in one step (the size is checked before decoding). */
export function restoreFileBytes(bytes: Uint8Array): RestoredFile {
  return restoreFile(parseFileBytes(bytes));
}

export { parseFileText, parseFileBytes };
