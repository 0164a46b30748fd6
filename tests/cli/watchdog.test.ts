// The CLI's last resort against a hostile file: the import runs in a worker with a heap limit and
// a time limit. These tests run the real watchdog over small workers that misbehave the way a
// reader could (exhaust memory, hang, overflow the stack, die) and check what the member is told:
// memory and time are the file's fault (one line, exit 2), a stack overflow or a crash is a bug (exit 1).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importInWorker, startImportWorker } from '../../cli/watchdog';
import { isInputError } from '../../shared/errors';

let folder = '';
const input = { name: 'hostile.pdf', bytes: new Uint8Array([37, 80, 68, 70]) };
// Generous limits, so that on a loaded machine only the limit a test is about can stop a worker.
const limits = { seconds: 25, heapMb: 256 };

async function worker(name: string, body: string): Promise<URL> {
  const file = join(folder, `${name}.mjs`);
  await writeFile(file, `import { parentPort, workerData } from 'node:worker_threads';\n${body}\n`);
  return pathToFileURL(file);
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'scrutiny-watchdog-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the import watchdog', () => {
  it('stops a reader that eats memory past the limit and says so as a problem with the file', async () => {
    const greedy = await worker(
      'greedy',
      'const kept = []; for (;;) kept.push(new Array(100_000).fill(workerData.name));',
    );
    const error = await importInWorker(greedy, input, new Date(), [], {
      ...limits,
      heapMb: 48,
    }).catch((e: unknown) => e);
    expect(isInputError(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /^reading "hostile\.pdf" needed more than 0\.0 GB of memory, which no report does, so it was stopped; import the report's Word, text or PDF version instead\.$/,
    );
    expect((error as { code?: string }).code).toBe('import-memory');
  });

  it('stops a reader that never finishes after the time limit, in one line', async () => {
    const stuck = await worker(
      'stuck',
      'for (;;) { /* a loop with no way out, as a hostile page tree could cause */ }',
    );
    const error = await importInWorker(stuck, input, new Date(), [], {
      ...limits,
      seconds: 2,
    }).catch((e: unknown) => e);
    expect(isInputError(error)).toBe(true);
    expect((error as Error).message).toBe(
      'reading "hostile.pdf" took longer than 2 s, which no report does, so it was stopped; import the report\'s Word, text or PDF version instead.',
    );
  });

  it("treats a stack overflow as a bug, not as the member's bad file", async () => {
    const deep = await worker('deep', 'const down = (n) => down(n + 1) + 1; down(0);');
    const error = await importInWorker(deep, input, new Date(), [], limits).catch(
      (e: unknown) => e,
    );
    expect(isInputError(error)).toBe(false);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/call stack/i);
  });

  it('treats a reader that exits without an answer as a bug', async () => {
    const quits = await worker('quits', 'process.exit(3);');
    const error = await importInWorker(quits, input, new Date(), [], limits).catch(
      (e: unknown) => e,
    );
    expect(isInputError(error)).toBe(false);
    expect((error as Error).message).toBe('the import stopped early (exit 3)');
  });

  it("passes the worker's result through when it answers in time", async () => {
    const quick = await worker(
      'quick',
      'parentPort.postMessage({ result: { title: workerData.name } });',
    );
    await expect(importInWorker(quick, input, new Date(), [], limits)).resolves.toEqual({
      title: 'hostile.pdf',
    });
  });
});

describe('the import worker started before its file is read', () => {
  it('takes the job as a message, the bytes moved rather than copied, and answers', async () => {
    const early = await worker(
      'early',
      'parentPort.once("message", (job) => parentPort.postMessage({ result: { title: job.name, size: job.bytes.length, preload: workerData.preloadPdf } }));',
    );
    const started = startImportWorker(early, true, limits);
    const bytes = new Uint8Array([37, 80, 68, 70, 45]);
    await expect(started.run({ name: 'early.pdf', bytes }, new Date(), [])).resolves.toEqual({
      title: 'early.pdf',
      size: 5,
      preload: true,
    });
    expect(bytes.byteLength).toBe(0);
  });

  it('is stopped after the time limit once it has the job, in one line', async () => {
    const stuck = await worker('early-stuck', 'parentPort.once("message", () => { for (;;) {} });');
    const started = startImportWorker(stuck, false, { ...limits, seconds: 1 });
    const error = await started
      .run({ name: 'stuck.pdf', bytes: new Uint8Array([1]) }, new Date(), [])
      .catch((e: unknown) => e);
    expect(isInputError(error)).toBe(true);
    expect((error as Error).message).toBe(
      'reading "stuck.pdf" took longer than 1 s, which no report does, so it was stopped; import the report\'s Word, text or PDF version instead.',
    );
  });

  it('holds the memory limit from the start', async () => {
    const greedy = await worker(
      'early-greedy',
      'parentPort.once("message", () => { const kept = []; for (;;) kept.push(new Array(100_000).fill(1)); });',
    );
    const started = startImportWorker(greedy, false, { ...limits, heapMb: 48 });
    const error = await started
      .run({ name: 'greedy.pdf', bytes: new Uint8Array([1]) }, new Date(), [])
      .catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('import-memory');
  });
});

describe('the command line, when a command hits a bug', () => {
  it('exits 1 with "a bug, please report it" on a stack overflow, and 2 only for bad input', async () => {
    const { main } = await import('../../cli/main');
    const { commands } = await import('../../cli/commands');
    const { InputError } = await import('../../shared/errors');
    const down = (n: number): number => down(n + 1) + 1;
    commands['overflow-for-test'] = () => Promise.resolve(() => Promise.resolve(down(0)));
    commands['refuse-for-test'] = () =>
      Promise.resolve(() =>
        Promise.reject(
          new InputError('this file is not a report; choose the report itself.', 'test'),
        ),
      );
    try {
      const lines: string[] = [];
      const io = {
        out: (line: string) => lines.push(line),
        err: (line: string) => lines.push(line),
      };
      expect(await main(['overflow-for-test'], io)).toBe(1);
      expect(lines[0]).toMatch(
        /^error: an unexpected problem \(a bug, please report it\): RangeError: Maximum call stack size exceeded/,
      );
      lines.length = 0;
      expect(await main(['refuse-for-test'], io)).toBe(2);
      expect(lines).toEqual(['error: this file is not a report; choose the report itself.']);
    } finally {
      delete commands['overflow-for-test'];
      delete commands['refuse-for-test'];
    }
  });
});
