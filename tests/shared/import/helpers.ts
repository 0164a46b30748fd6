// Shared set-up for the importer tests: fixed clock, the Node pdf.js, and reading fixtures.
import { nodeGetDocument } from '../../../host/pdfjs';
import type { Extracted } from '../../../shared/import/extracted';
import {
  buildResult,
  importReport,
  importText,
  type ImportDeps,
} from '../../../shared/import/import-report';
import { fixture } from '../../fixtures/reports/make-files';

export const NOW = new Date('2026-11-27T10:00:00.000Z');
export const deps: ImportDeps = { getDocument: nodeGetDocument, now: () => NOW };

export function importFixture(name: string) {
  return importText(fixture(name), deps, name);
}

export function importBytes(name: string, bytes: Uint8Array, extra: Partial<ImportDeps> = {}) {
  return importReport({ name, bytes }, { ...deps, ...extra });
}

/** A fixture written with form feeds between pages, read as a PDF's pages would be. */
export function importPagesFixture(name: string) {
  const extracted: Extracted = {
    kind: 'pdf',
    mediaType: 'application/pdf',
    pages: fixture(name).split('\f'),
    warnings: [],
  };
  return buildResult(extracted, { name, size: 1, sha256: '0'.repeat(64) }, deps);
}
