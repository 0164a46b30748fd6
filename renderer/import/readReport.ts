// Reading a report in the app: the shared importer with the browser's pdf.js and the member's
// own theme rules. Nothing is stored here; saving happens after review.
import { importReport, importText } from '../../shared/import/import-report';
import type { ImportResult } from '../../shared/import/result';
import type { ThemeRule } from '../../shared/model';
import { browserGetDocument } from './pdf';

export function readReportFile(
  file: { name: string; bytes: Uint8Array },
  themeRules: readonly ThemeRule[],
  onProgress: (pagesRead: number, pages: number) => void,
): Promise<ImportResult> {
  return importReport(file, { getDocument: browserGetDocument, themeRules, now: () => new Date(), onProgress });
}

export function readPastedText(text: string, themeRules: readonly ThemeRule[]): ImportResult {
  return importText(text, { themeRules, now: () => new Date() });
}
