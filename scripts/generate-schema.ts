// Writes the JSON Schemas of the workspace and bundle files from the zod model:
// `npm run generate:schema`. A test fails when the committed files drift.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { schemaFiles } from '../shared/files/schema';

const folder = join(import.meta.dirname, '..', 'shared', 'files', 'schema');
for (const [name, text] of Object.entries(schemaFiles())) {
  await writeFile(join(folder, name), text);
  console.log(`wrote shared/files/schema/${name}`);
}
