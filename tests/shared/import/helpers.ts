// Shared set-up for the importer tests: fixed clock, the Node pdf.js, and reading fixtures.
import { nodeGetDocument } from '../../../host/pdfjs';
import { importReport, importText, type ImportDeps } from '../../../shared/import/import-report';
import { fixture } from '../../fixtures/reports/make-files';

export const NOW = new Date('2026-11-27T10:00:00.000Z');
export const deps: ImportDeps = { getDocument: nodeGetDocument, now: () => NOW };

export function importFixture(name: string) {
  return importText(fixture(name), deps, name);
}

export function importBytes(name: string, bytes: Uint8Array, extra: Partial<ImportDeps> = {}) {
  return importReport({ name, bytes }, { ...deps, ...extra });
}
