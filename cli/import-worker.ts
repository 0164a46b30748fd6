// One import run off the command's main thread (cli/watchdog.ts starts it), so the command can
// stop it: it gets the file, and posts back the result, the InputError's line, or a bug's stack.
import { parentPort, workerData } from 'node:worker_threads';
import { nodeGetDocument } from '../host/pdfjs';
import { isInputError } from '../shared/errors';
import { importReport } from '../shared/import/import-report';
import type { ThemeRule } from '../shared/model';

interface Job {
  name: string;
  bytes: Uint8Array;
  now: string;
  themeRules: ThemeRule[];
}

const job = workerData as Job;
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
