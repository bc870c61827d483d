/**
 * Holding the engine in a test: the messages the page sends to its workers
 * (the engine's requests) wait until the test releases them, so a test can
 * act while a job is surely in progress (cancel a bulk firing) instead of
 * racing it on a machine whose speed it doesn't know. The page's clock is
 * paused meanwhile, so the engine's hang guard (a timer on the main thread
 * that ends a worker which stops answering) doesn't take the held request
 * for a stuck worker. Needs `page.clock.install()` before the page loads.
 */
import type { Page } from '@playwright/test';

interface Gate {
  /** Sends the held messages, in order, and lets time run again. */
  release(): Promise<void>;
}

export async function holdEngine(page: Page): Promise<Gate> {
  // A moment ahead of the page's time (pauseAt cannot go back, and the page's time moves meanwhile).
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await page.evaluate(() => {
    const held: (() => void)[] = [];
    const real = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
      held.push(() => real.apply(this, args));
    } as Worker['postMessage'];
    (window as unknown as { __releaseEngine: () => void }).__releaseEngine = () => {
      Worker.prototype.postMessage = real;
      for (const send of held.splice(0)) send();
    };
  });
  return {
    async release() {
      await page.evaluate(() => (window as unknown as { __releaseEngine: () => void }).__releaseEngine());
      await page.clock.resume();
    },
  };
}
