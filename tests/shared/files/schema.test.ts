// The committed JSON Schemas are exactly what the model generates today.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaFiles } from '../../../shared/files/schema';

const folder = join(import.meta.dirname, '..', '..', '..', 'shared', 'files', 'schema');

describe('the published JSON Schema', () => {
  it.each(Object.entries(schemaFiles()))(
    '%s matches a fresh generation from the model (run npm run generate:schema)',
    async (name, fresh) => {
      expect(await readFile(join(folder, name), 'utf8')).toBe(fresh);
    },
  );

  it('pins the envelope contract: format, version, exportedAt, exportedBy, data', () => {
    const schema = JSON.parse(schemaFiles()['workspace.schema.json'] ?? '{}') as {
      required: string[];
      properties: { format: { const: string } };
    };
    expect(schema.required).toEqual(['format', 'version', 'exportedAt', 'exportedBy', 'data']);
    expect(schema.properties.format.const).toBe('scrutiny-desk/workspace');
  });
});
