// Pins the one worker-call helper every worker uses: replies matched by id, progress passed on,
// bad input as InputError, a dead worker replaced, Cancel and the watchdog ending the worker.
// The worker is a small stand-in that answers as a real one would; the helper is the real one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isInputError } from '../../../shared/errors';
import {
  WorkerCancelledError,
  WorkerClient,
  WorkerStalledError,
  serveRequests,
} from '../../../renderer/workers/worker-client';

type Request = { n: number };

/** A stand-in Worker whose "inside" runs serveRequests, as a worker script does. */
class FakeWorker extends EventTarget {
  terminated = false;
  readonly inside = new EventTarget();
  constructor(
    work: (request: Request, progress: (p: number) => void) => Promise<{ result: number }>,
  ) {
    super();
    serveRequests<Request, number, number>(
      {
        postMessage: (message) =>
          queueMicrotask(
            () =>
              !this.terminated &&
              this.dispatchEvent(new MessageEvent('message', { data: message })),
          ),
        addEventListener: (type, listener) =>
          this.inside.addEventListener(type, listener as EventListener),
      },
      work,
    );
  }
  postMessage(message: unknown): void {
    if (!this.terminated) this.inside.dispatchEvent(new MessageEvent('message', { data: message }));
  }
  terminate(): void {
    this.terminated = true;
  }
  crash(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error'), { message }));
  }
}

let started: FakeWorker[] = [];
function client(
  work: (request: Request, progress: (p: number) => void) => Promise<{ result: number }>,
) {
  return new WorkerClient<Request, number, number>(() => {
    const worker = new FakeWorker(work);
    started.push(worker);
    return worker as unknown as Worker;
  });
}

beforeEach(() => {
  started = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('WorkerClient', () => {
  it('answers each call with its own reply and passes progress on', async () => {
    const doubling = client(async ({ n }, progress) => {
      progress(n / 2);
      return { result: n * 2 };
    });
    const seen: number[] = [];
    const [a, b] = await Promise.all([
      doubling.call({ n: 4 }, { onProgress: (p) => seen.push(p) }),
      doubling.call({ n: 10 }),
    ]);
    expect([a, b]).toEqual([8, 20]);
    expect(seen).toEqual([2]);
    expect(started).toHaveLength(1);
  });

  it('turns an InputError inside the worker into an InputError with its one line and code', async () => {
    const refusing = client(async () => {
      const { InputError } = await import('../../../shared/errors');
      throw new InputError(
        'this is not a report; choose the PDF Ofsted published.',
        'not-a-report',
      );
    });
    const error = await refusing.call({ n: 1 }).catch((e: unknown) => e);
    expect(isInputError(error)).toBe(true);
    expect((error as Error).message).toBe('this is not a report; choose the PDF Ofsted published.');
  });

  it('answers a worker that refuses before its first await, as a synchronous parse does', async () => {
    const { InputError } = await import('../../../shared/errors');
    const refusingAtOnce = client(() => {
      throw new InputError(
        'the file is cut short (truncated); use another backup copy.',
        'file-truncated',
      );
    });
    const error = await refusingAtOnce.call({ n: 1 }).catch((e: unknown) => e);
    expect(isInputError(error)).toBe(true);
    expect((error as Error).message).toBe(
      'the file is cut short (truncated); use another backup copy.',
    );
  });

  it('treats any other failure as a plain error, not as bad input', async () => {
    const failing = client(async () => {
      throw new TypeError('x is undefined');
    });
    const error = await failing.call({ n: 1 }).catch((e: unknown) => e);
    expect(isInputError(error)).toBe(false);
    expect((error as Error).message).toBe('x is undefined');
  });

  it('replaces a worker that crashed', async () => {
    const hanging = client(() => new Promise(() => undefined));
    const call = hanging.call({ n: 1 }, { doing: 'reading the report' });
    started[0]?.crash('out of memory');
    await expect(call).rejects.toThrow('reading the report stopped unexpectedly (out of memory)');
    expect(started[0]?.terminated).toBe(true);
    void hanging.call({ n: 2 });
    expect(started).toHaveLength(2);
  });

  it('Cancel ends the worker at once and says the call was cancelled', async () => {
    const hanging = client(() => new Promise(() => undefined));
    const controller = new AbortController();
    const call = hanging.call({ n: 1 }, { signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toBeInstanceOf(WorkerCancelledError);
    expect(started[0]?.terminated).toBe(true);
  });

  it('the watchdog stops a worker that makes no progress, and progress keeps it alive', async () => {
    vi.useFakeTimers();
    let tick: (p: number) => void = () => undefined;
    const slow = client((_request, progress) => {
      tick = progress;
      return new Promise(() => undefined);
    });
    const call = slow.call({ n: 1 }, { stallMs: 30_000, doing: 'reading big.pdf' });
    const settled = call.catch((e: unknown) => e);
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(20_000);
      tick(i);
      await vi.advanceTimersByTimeAsync(0);
    }
    expect(started[0]?.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(30_000);
    const error = await settled;
    expect(error).toBeInstanceOf(WorkerStalledError);
    expect((error as Error).message).toBe('Stopped reading big.pdf: nothing moved for 30 seconds.');
    expect(started[0]?.terminated).toBe(true);
  });
});
