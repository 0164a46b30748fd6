// One import run off the command's main thread (cli/watchdog.ts starts it), so the command can
// stop it: it gets the file, and posts back the result, the InputError's line, or a bug's stack.
// Started early (startImportWorker), it loads pdf.js while the command reads the file, and takes
// the job as its first message.
import { parentPort, workerData } from 'node:worker_threads';
import { loadNodePdfjs, nodeGetDocument } from '../host/pdfjs';
import { isInputError } from '../shared/errors';
import { importReport } from '../shared/import/import-report';
import type { ImportJob } from './watchdog';

type Start = { awaitJob: true; preloadPdf: boolean } | ImportJob;

async function run(job: ImportJob): Promise<void> {
  try {
    const result = await importReport(
      { name: job.name, bytes: job.bytes },
      { getDocument: nodeGetDocument, now: () => new Date(job.now), themeRules: job.themeRules },
    );
    parentPort?.postMessage({ result });
  } catch (error) {
    if (isInputError(error))
      parentPort?.postMessage({ refused: { message: error.message, code: error.code } });
    else
      parentPort?.postMessage({
        bug: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
  }
}

const start = workerData as Start;
if ('awaitJob' in start) {
  // A failed preload is met again, and reported, when the document is opened.
  if (start.preloadPdf) loadNodePdfjs().catch(() => undefined);
  parentPort?.once('message', (job: ImportJob) => void run(job));
} else await run(start);
