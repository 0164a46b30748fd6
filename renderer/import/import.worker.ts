// Reads a report off the page thread: the shared importer (pdf.js in its own worker for PDFs; the
// Word and web readers loaded only when such a file comes), telling the page each page read and
// when it moves on to finding the structure, so a long report never freezes the window.
import { importReport, importText } from '../../shared/import/import-report';
import { serveRequests } from '../workers/worker-client';
import type { ImportProgress, ImportRequest, ImportResult } from './importProtocol';
import { browserGetDocument } from './pdf';

serveRequests<ImportRequest, ImportProgress, ImportResult>(self, async (request, progress) => {
  const now = () => new Date();
  if (request.kind === 'paste') {
    progress({ stage: 'structure' });
    return { result: importText(request.text, { themeRules: request.themeRules, now }) };
  }
  progress({ stage: 'reading', pagesRead: 0, pages: 0 });
  const result = await importReport(
    { name: request.name, bytes: request.bytes },
    {
      getDocument: browserGetDocument,
      themeRules: request.themeRules,
      now,
      onProgress: (pagesRead, pages) =>
        progress(
          pagesRead < pages ? { stage: 'reading', pagesRead, pages } : { stage: 'structure' },
        ),
    },
  );
  return { result };
});
