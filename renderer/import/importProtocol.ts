// The messages between the import screen and the import worker.
import type { ImportResult } from '../../shared/import/result';
import type { ThemeRule } from '../../shared/model';

export type ImportRequest =
  | { kind: 'file'; name: string; bytes: Uint8Array; themeRules: readonly ThemeRule[] }
  | { kind: 'paste'; text: string; themeRules: readonly ThemeRule[] };

/** Where the import has got to: reading the file (pages, for a PDF), then finding its structure. */
export type ImportProgress =
  { stage: 'reading'; pagesRead: number; pages: number } | { stage: 'structure' };

export type { ImportResult };
