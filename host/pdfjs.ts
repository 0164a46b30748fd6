// pdf.js for Node hosts: its legacy build runs without a browser; loaded only when a PDF needs it.
import type { GetDocument } from '../shared/import/readers/pdf-types';
import { lazyGetDocument } from '../shared/import/readers/lazy-pdf';

let loading: Promise<{ getDocument: unknown }> | null = null;

/** pdf.js and its worker code (pdf.js's "fake worker" runs it in this thread), loaded once. The
 * legacy build's core-js replaces Array.prototype.push, JSON.parse and JSON.stringify with slower
 * JavaScript on Node 20, for corners of the specification no report reaches (with its push, a
 * whole import ran about 20% slower): they are put back once both files are loaded. What core-js
 * only adds (Promise.withResolvers, Map.prototype.getOrInsertComputed, ...) stays, as pdf.js
 * needs it. */
export function loadNodePdfjs(): Promise<{ getDocument: unknown }> {
  loading ??= (async () => {
    const push = Array.prototype.push;
    const { parse, stringify } = JSON;
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // Loaded here, not by pdf.js on the first document, so that its polyfills are in place before
    // the built-ins are put back; pdf.js finds it on globalThis.pdfjsWorker.
    // @ts-expect-error -- pdf.js ships no types for its worker file, imported for that side effect.
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    Array.prototype.push = push;
    JSON.parse = parse;
    JSON.stringify = stringify;
    return pdfjs;
  })();
  return loading;
}

export const nodeGetDocument: GetDocument = lazyGetDocument(loadNodePdfjs);
