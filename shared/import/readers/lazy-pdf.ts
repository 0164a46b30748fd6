// pdf.js loaded only when a PDF is opened: wraps a host's module loader (the Node legacy build in
// the CLI, the browser build with its worker in the app) as the importer's GetDocument.
import type { GetDocument, PdfLoadingTask } from './pdf-types';

export function lazyGetDocument(load: () => Promise<{ getDocument: unknown }>): GetDocument {
  return (params) => {
    let task: PdfLoadingTask | null = null;
    const loading = load().then((pdfjs) => {
      task = (pdfjs.getDocument as GetDocument)(params);
      return task.promise;
    });
    return {
      promise: loading,
      destroy: async () => {
        await loading.catch(() => undefined);
        await task?.destroy();
      },
    };
  };
}
