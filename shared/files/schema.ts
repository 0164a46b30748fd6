// The published JSON Schemas of the workspace and bundle files, generated from the zod model so
// they never drift from it (scripts/generate-schema.ts writes them to shared/files/schema/).
import { z } from 'zod';
import { BundleFile, CURRENT_FILE_VERSION, WorkspaceFile } from './envelope';

function schemaOf(model: z.ZodType, id: string, title: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(model, { target: 'draft-2020-12', io: 'input' }),
    $id: `https://scrutiny-desk.invalid/schema/${id}.schema.json`,
    title,
    description: `Scrutiny Desk ${title.toLowerCase()}, file version ${CURRENT_FILE_VERSION}. Older versions are upgraded on load.`,
  };
}

export function workspaceJsonSchema(): Record<string, unknown> {
  return schemaOf(WorkspaceFile, 'workspace', 'Workspace file');
}

export function bundleJsonSchema(): Record<string, unknown> {
  return schemaOf(BundleFile, 'bundle', 'Share bundle file');
}

/** The committed text of each schema file, keyed by file name. */
export function schemaFiles(): Record<string, string> {
  return {
    'workspace.schema.json': `${JSON.stringify(workspaceJsonSchema(), null, 2)}\n`,
    'bundle.schema.json': `${JSON.stringify(bundleJsonSchema(), null, 2)}\n`,
  };
}
