/**
 * When to try a failed save again. A save fails for a reason that may pass
 * (the browser ran out of room, then the person freed some), and nothing else
 * would write the open document until the next edit: so while saves fail,
 * the session tries again after RETRY_FIRST_MS, then twice as long each
 * time up to RETRY_MAX_MS; an attempt that succeeds ends it. The session
 * also tries again at once when the tab gets focus back and on the next edit
 * (session.ts). Time comes from the injected timer functions, so tests drive
 * it with fake timers.
 */

export const RETRY_FIRST_MS = 1000;
export const RETRY_MAX_MS = 60_000;

export interface SaveRetry {
  /** A save failed: try again after the current delay, and double the next one. */
  failed(): void;
  /** A save succeeded (or there is nothing to retry any more): forget the failures. */
  reset(): void;
  /** The delay before the pending attempt, in ms; undefined when none is pending. */
  readonly pendingDelay: number | undefined;
}

export interface RetryTimers {
  setTimeout: (fn: () => void, ms: number) => ReturnType<typeof setTimeout>;
  clearTimeout: (handle: ReturnType<typeof setTimeout>) => void;
}

/**
 * Schedules `attempt` with exponential backoff while saves fail.
 * `timers` defaults to the global ones, looked up at each call.
 */
export function createSaveRetry(
  attempt: () => void,
  timers: RetryTimers = { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h) },
): SaveRetry {
  let handle: ReturnType<typeof setTimeout> | undefined;
  let delay = RETRY_FIRST_MS;
  let pending: number | undefined;
  const clear = () => {
    if (handle !== undefined) timers.clearTimeout(handle);
    handle = undefined;
    pending = undefined;
  };
  return {
    failed() {
      clear();
      pending = delay;
      handle = timers.setTimeout(() => {
        handle = undefined;
        pending = undefined;
        attempt();
      }, delay);
      delay = Math.min(delay * 2, RETRY_MAX_MS);
    },
    reset() {
      clear();
      delay = RETRY_FIRST_MS;
    },
    get pendingDelay() {
      return pending;
    },
  };
}
