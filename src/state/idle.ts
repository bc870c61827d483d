/**
 * Work that can wait until the browser is idle (after the frame it is about
 * to draw): a function of its own so that modules the editor loads first can
 * use it without loading the validator (validation.ts) with it.
 */

/** Runs `fn` in a task of its own, when the browser is idle (at the latest after `timeout` ms); returns a cancel function. */
export function whenIdle(fn: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(fn, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(fn, 0);
  return () => clearTimeout(handle);
}
