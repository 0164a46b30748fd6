// One way for the page to ask a Web Worker for something: a numbered request, progress messages,
// then one reply, with one error handling for every worker (import, sharing preview, export):
// bad input comes back as InputError, a worker that dies or stops making progress is ended and
// said in one line, and a call can be cancelled. A worker that was ended is started afresh.
import { InputError as InputErrorClass, isInputError, type InputError } from '../../shared/errors';

/** What every worker sends back for a request: progress (any number), then done or failed. */
export type WorkerReply<Progress, Result> =
  | { id: number; type: 'progress'; progress: Progress }
  | { id: number; type: 'done'; result: Result }
  /** `badInput` marks an InputError: the file is at fault, said in `message` (one line). */
  | { id: number; type: 'failed'; message: string; badInput: boolean; code?: string };

/** A worker that went `stallMs` without a word was stopped (the watchdog). */
export class WorkerStalledError extends Error {
  override name = 'WorkerStalledError';
}

/** The member cancelled the call; the worker was stopped. */
export class WorkerCancelledError extends Error {
  override name = 'WorkerCancelledError';
}

export interface CallOptions<Progress> {
  onProgress?: (progress: Progress) => void;
  transfer?: Transferable[];
  signal?: AbortSignal;
  /** Stop the worker after this long with no progress or reply (default: no watchdog). */
  stallMs?: number;
  /** What the work is, for the stalled message: "reading the report". */
  doing?: string;
}

export class WorkerClient<Request extends object, Progress, Result> {
  private worker: Worker | null = null;
  private nextId = 1;

  constructor(private readonly start: () => Worker) {}

  private current(): Worker {
    this.worker ??= this.start();
    return this.worker;
  }

  /** End the worker now (any call in flight fails); the next call starts a new one. */
  stop(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  call(request: Request, options: CallOptions<Progress> = {}): Promise<Result> {
    const { onProgress, transfer = [], signal, stallMs, doing = 'the work' } = options;
    if (signal?.aborted) return Promise.reject(new WorkerCancelledError('Cancelled.'));
    const id = this.nextId++;
    const target = this.current();
    return new Promise<Result>((resolve, reject) => {
      let watchdog: ReturnType<typeof setTimeout> | undefined;
      const finish = () => {
        clearTimeout(watchdog);
        target.removeEventListener('message', onMessage);
        target.removeEventListener('error', onError);
        signal?.removeEventListener('abort', onAbort);
      };
      const fail = (error: Error, stop: boolean) => {
        finish();
        if (stop && this.worker === target) this.stop();
        reject(error);
      };
      const arm = () => {
        if (stallMs === undefined) return;
        clearTimeout(watchdog);
        watchdog = setTimeout(
          () =>
            fail(
              new WorkerStalledError(
                `Stopped ${doing}: nothing moved for ${Math.round(stallMs / 1000)} seconds.`,
              ),
              true,
            ),
          stallMs,
        );
      };
      const onAbort = () => fail(new WorkerCancelledError('Cancelled.'), true);
      const onError = (event: ErrorEvent) => {
        event.preventDefault();
        fail(
          new Error(`${doing} stopped unexpectedly (${event.message || 'the worker failed'})`),
          true,
        );
      };
      const onMessage = (event: MessageEvent<WorkerReply<Progress, Result>>) => {
        const reply = event.data;
        if (reply.id !== id) return;
        if (reply.type === 'progress') {
          arm();
          onProgress?.(reply.progress);
          return;
        }
        finish();
        if (reply.type === 'done') resolve(reply.result);
        else
          reject(
            reply.badInput
              ? new InputErrorClass(reply.message, reply.code ?? 'bad-input')
              : new Error(reply.message),
          );
      };
      target.addEventListener('message', onMessage);
      target.addEventListener('error', onError);
      signal?.addEventListener('abort', onAbort, { once: true });
      arm();
      target.postMessage({ ...request, id }, transfer);
    });
  }
}

/** The worker's side: answers each request with `work`, passing a progress reporter, and turns an
 * InputError into a `failed` reply with `badInput` set. */
export function serveRequests<Request extends object, Progress, Result>(
  scope: {
    postMessage(message: unknown, options?: { transfer?: Transferable[] }): void;
    addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  },
  work: (
    request: Request,
    progress: (progress: Progress) => void,
  ) => Promise<{ result: Result; transfer?: Transferable[] }>,
): void {
  scope.addEventListener('message', (event: MessageEvent<Request & { id: number }>) => {
    const { id } = event.data;
    const post = (reply: WorkerReply<Progress, Result>, transfer: Transferable[] = []) =>
      scope.postMessage(reply, { transfer });
    // Through a promise chain, so a `work` that throws before its first await is answered too.
    Promise.resolve(event.data)
      .then((request) => work(request, (progress) => post({ id, type: 'progress', progress })))
      .then(
        ({ result, transfer }) => post({ id, type: 'done', result }, transfer),
        (error: unknown) => {
          const input: InputError | null = isInputError(error) ? error : null;
          post({
            id,
            type: 'failed',
            message: error instanceof Error ? error.message : String(error),
            badInput: input !== null,
            ...(input ? { code: input.code } : {}),
          });
        },
      );
  });
}
