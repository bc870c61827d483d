/**
 * The 10,000-event variant of faultsUnderLoad.test.ts, run by
 * `npm run test:stress` only (vitest.stress.config.ts); the default unit run
 * excludes *.stress.test.ts. Three seeds, so different pairs fail.
 */
import { describe, expect, it } from 'vitest';
import { checkAccounting, runLoad } from './loadScenario';

describe('faults under heavy load', () => {
  for (const seed of [1, 2, 3]) {
    it(`accounts for every one of 10,000 events (seed ${seed})`, async () => {
      const result = await runLoad({ count: 10_000, seed, batchSize: 150 });
      const { byStatus, runs } = checkAccounting(result);
      expect(runs).toBeGreaterThan(10_000);
      expect(byStatus.failed).toBeGreaterThan(0);
      // Linear in the events: about ten times the 1,000-event run.
    }, 180_000);
  }
});
