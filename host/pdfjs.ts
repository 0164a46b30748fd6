// pdf.js for Node hosts: its legacy build runs without a browser; loaded only when a PDF needs it.
import type { GetDocument } from '../shared/import/readers/pdf-types';
import { lazyGetDocument } from '../shared/import/readers/lazy-pdf';

export const nodeGetDocument: GetDocument = lazyGetDocument(
  () => import('pdfjs-dist/legacy/build/pdf.mjs'),
);
