import type { ConsentStorage } from '../storage/types';

/** A storage method the store calls. */
export type StorageOperation = 'get' | 'set';

/**
 * Called with a storage call's answer; `ok` is false when it threw, rejected or timed out (already
 * reported). A call that succeeds after its timeout calls back a second time, with `ok` true.
 */
export type StorageCallback = (value: unknown, ok: boolean) => void;

/**
 * Runs storage calls one at a time, in the order they were asked for, so that two quick decisions
 * cannot settle out of order and a read never overtakes a write (the last decision wins
 * everywhere). A synchronous adapter stays synchronous: with nothing pending, its call runs and is
 * answered before `run` returns. An asynchronous call holds the queue until it settles or `timeout`
 * ms pass, so a backend that never answers cannot stall the page.
 */
export function createStorageQueue(
  storage: ConsentStorage,
  timeout: number,
  fail: (operation: StorageOperation, error: unknown) => void,
): (operation: StorageOperation, args: unknown[], done: StorageCallback) => void {
  let tail: Promise<void> | undefined;
  return (operation, args, done) => {
    const start = (): Promise<void> | void => {
      let result: unknown;
      let then: unknown;
      try {
        result = (storage[operation] as (...a: unknown[]) => unknown)(...args);
        // Read here, as a throwing `then` getter throws: a broken answer is a failed call.
        then = (result as Promise<unknown> | undefined)?.then;
      } catch (error) {
        fail(operation, error);
        return done(undefined, false);
      }
      if (typeof then !== 'function') return done(result, true);
      return new Promise<void>((release) => {
        let late = false;
        // Whatever the answer (or a report of it) does, the next call runs.
        const settle = (answer: () => void) => {
          try {
            answer();
          } finally {
            release();
          }
        };
        // Timers cap near 24.8 days (a longer delay fires at once): a longer timeout waits for good.
        const timer = timeout < 2 ** 31 ? setTimeout(() => {
          late = true;
          settle(() => {
            fail(operation, new DOMException(`storage.${operation}() did not answer within ${timeout} ms`, 'TimeoutError'));
            done(undefined, false);
          });
        }, timeout) : undefined;
        // Adopted rather than called: a `then` that throws rejects here instead of escaping the queue.
        Promise.resolve(result).then(
          (value) => {
            clearTimeout(timer);
            settle(() => done(value, true));
          },
          (error) => {
            clearTimeout(timer);
            settle(() => {
              if (!late) {
                fail(operation, error);
                done(undefined, false);
              }
            });
          },
        );
      });
    };
    const next = tail ? tail.then(start) : start();
    if (next) {
      tail = next;
      void next.then(() => {
        if (tail === next) tail = undefined;
      });
    }
  };
}
