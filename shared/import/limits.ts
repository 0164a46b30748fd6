// Limits checked before any real work starts, so a hostile or mistaken file is refused quickly.
export const LIMITS = {
  /** Largest file accepted, in bytes. */
  maxFileBytes: 300 * 1024 * 1024,
  /** Most entries a Word file's zip may hold. */
  maxZipEntries: 2_000,
  /** Most bytes a Word file may inflate to, counted as they are actually inflated. */
  maxInflatedBytes: 200 * 1024 * 1024,
  /** Most pages a PDF may have. The longest inspection reports (SIF, 2013 to 2017) run to about
   * 60 pages; a 500-page PDF is a bundle of papers, not a report, and is refused before reading. */
  maxPages: 300,
  /** Most characters of text kept from any one file. */
  maxTextChars: 20_000_000,
} as const;

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
