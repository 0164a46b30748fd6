// The small part of pdf.js the importer uses, so the CLI (Node legacy build) and the app (a Web
// Worker) can each pass in their own `getDocument` without shared/ importing either build.
export interface PdfTextItem {
  str: string;
  transform: number[];
  hasEOL?: boolean;
  width?: number;
  height?: number;
}

export interface PdfTextChunk {
  items: readonly (PdfTextItem | { type: string })[];
}

export interface PdfPage {
  getTextContent(): Promise<PdfTextChunk>;
  /** The same text in chunks as pdf.js finds it, so a reader can stop a page that never ends. */
  streamTextContent(): ReadableStream<PdfTextChunk>;
  cleanup(): unknown;
}

export interface PdfDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}

export interface PdfLoadingTask {
  promise: Promise<PdfDocument>;
  destroy(): Promise<void>;
}

export interface PdfOpenParams {
  data: Uint8Array;
  isEvalSupported: false;
  /** Never ask for a password: a protected file is refused with a one-line reason. */
  password?: string;
  disableFontFace: boolean;
  useSystemFonts: boolean;
  stopAtErrors: boolean;
  verbosity: number;
}

export type GetDocument = (params: PdfOpenParams) => PdfLoadingTask;
