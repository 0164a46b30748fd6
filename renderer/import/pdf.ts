// pdf.js for the app: loaded only when a PDF is opened, its parsing in pdf.js's own module Web
// Worker (served from this app's origin, so the Content-Security-Policy allows it).
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { GetDocument } from '../../shared/import/readers/pdf-types';
import { lazyGetDocument } from '../../shared/import/readers/lazy-pdf';

let worker: Worker | null = null;

async function pdfjs() {
  const module = await import('pdfjs-dist');
  if (!worker) {
    worker = new Worker(pdfWorkerUrl, { type: 'module', name: 'pdf.js' });
    module.GlobalWorkerOptions.workerPort = worker;
  }
  return module;
}

export const browserGetDocument: GetDocument = lazyGetDocument(pdfjs);
