// What a reader hands to normalisation: the raw text of each page (one page where the format
// has none), and anything the reader noticed that the member should know.
export type SourceKind = 'pdf' | 'docx' | 'html' | 'text';

export interface Extracted {
  kind: SourceKind;
  mediaType: string;
  /** Raw text per page; formats without pages give one entry. */
  pages: string[];
  warnings: string[];
  /** What the file's name claimed it was, when its content turned out to be something else. */
  misnamed?: string;
}
