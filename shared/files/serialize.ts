// Writes the envelope of design.md around workspace or bundle data, at the current version.
import {
  BUNDLE_FORMAT,
  CURRENT_FILE_VERSION,
  WORKSPACE_FORMAT,
  type BundleData,
  type BundleFile,
  type WorkspaceData,
  type WorkspaceFile,
} from './envelope';

/** `version` is for a safety copy of a store not yet upgraded, whose rows are an older file's. */
export function workspaceEnvelope(
  data: WorkspaceData,
  exportedBy: string,
  now: Date,
  version = CURRENT_FILE_VERSION,
): WorkspaceFile {
  return { format: WORKSPACE_FORMAT, version, exportedAt: now.toISOString(), exportedBy, data };
}

export function bundleEnvelope(data: BundleData, exportedBy: string, now: Date): BundleFile {
  return {
    format: BUNDLE_FORMAT,
    version: CURRENT_FILE_VERSION,
    exportedAt: now.toISOString(),
    exportedBy,
    data,
  };
}

/** The workspace file's text. Unindented: a workspace of 50,000 annotations stays compact. */
export function serializeWorkspace(
  data: WorkspaceData,
  exportedBy: string,
  now: Date,
  version = CURRENT_FILE_VERSION,
): string {
  return JSON.stringify(workspaceEnvelope(data, exportedBy, now, version));
}

export function serializeBundle(data: BundleData, exportedBy: string, now: Date): string {
  return JSON.stringify(bundleEnvelope(data, exportedBy, now));
}
