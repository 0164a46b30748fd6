// Limits checked before any real work starts, so a hostile or mistaken file is refused quickly.
export const LIMITS = {
  /** Largest file accepted, in bytes. */
  maxFileBytes: 300 * 1024 * 1024,
  /** Most entries a Word file's zip may hold. */
  maxZipEntries: 2_000,
  /** Most bytes a Word file may inflate to, counted as they are actually inflated. */
  maxInflatedBytes: 200 * 1024 * 1024,
  /** Most bytes of XML a Word file's text parts may hold: mammoth builds a tree of all of it (5 MB
   * took 15 s and 370 MB here, 20 MB 46 s and 1 GB). A report's run to 1 or 2 MB. */
  maxDocxXmlBytes: 10 * 1024 * 1024,
  /** Most XML elements in those parts, and the deepest nesting (Word writes fewer than 20 levels). */
  maxXmlElements: 3_000_000,
  maxXmlDepth: 200,
  /** Most bytes a PDF's page content (content streams, forms, object streams) may inflate to,
   * counted before pdf.js reads it: the corpus's largest is 0.9 MB. */
  maxPdfContentBytes: 10 * 1024 * 1024,
  /** Most bytes its fonts may inflate to (the corpus's largest: 1 MB). */
  maxPdfFontBytes: 50 * 1024 * 1024,
  /** Most bytes its images may decode to before their image codec (DCT, JPX, ...): pdf.js does not
   * decode images to read text, so this only stops a stream that calls itself an image from
   * carrying a bomb into the page content (the corpus's largest: 0.2 MB). */
  maxPdfImageBytes: 50 * 1024 * 1024,
  /** Most objects a PDF may hold (the corpus's largest: 1,152). */
  maxPdfObjects: 100_000,
  /** Most pieces of text pdf.js may give for one page (a dense page gives about 2,000), and most
   * chunks it may send them in (about 200: ten pieces a chunk, and one more for each drawing of a
   * form). Form XObjects that draw each other twice over multiply both without limit. */
  maxPdfTextItemsPerPage: 100_000,
  maxPdfTextChunksPerPage: 5_000,
  /** Most pages a PDF may have. The longest inspection reports (SIF, 2013 to 2017) run to about
   * 60 pages; a 500-page PDF is a bundle of papers, not a report, and is refused before reading. */
  maxPages: 300,
  /** Most characters of text any one file may yield, checked as soon as a reader has it. The longest
   * reports (SIF) hold about 135,000 characters; ten times that is still read within seconds. */
  maxTextChars: 1_500_000,
  /** A plain text file is refused on its size alone past this (at most 4 bytes a character). */
  maxTextFileBytes: 6 * 1024 * 1024,
  /** A web page's markup may be much larger than its words, but not past this. */
  maxHtmlFileBytes: 60 * 1024 * 1024,
  /** Deepest nesting of unclosed elements a web page may have (real pages stay under 100). */
  maxHtmlDepth: 1_000,
  /** Most elements a web page may open. */
  maxHtmlElements: 2_000_000,
  /** Longest paragraph passed on from normalisation: longer runs (no paragraph breaks at all) are
   * cut at sentence ends, so no later stage sees an unbounded paragraph. Report paragraphs stay
   * under 3,000 characters. */
  maxParagraphChars: 8_000,
} as const;

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
