/**
 * Faults under load: 1,000 trigger events over the demo organization (see
 * loadScenario.ts) with 20% of the app/store pairs failing in every way the
 * fault injector knows. Every event must be accounted for, every run end
 * succeeded, failed or skipped (waiting runs are resumed), and no record may
 * go missing. The 10,000-event variant is faultsUnderLoad.stress.test.ts
 * (`npm run test:stress`).
 */
import { describe, expect, it } from 'vitest';
import { chooseFaults, checkAccounting, loadOrganization, pairs, runLoad } from './loadScenario';

describe('faults under load', () => {
  it('deals faults of every kind to 20% of the app/store pairs', () => {
    const org = loadOrganization();
    const faults = chooseFaults(org, 0.2, 2026);
    expect(faults.size).toBe(Math.round(pairs(org).length * 0.2));
    expect(new Set([...faults.values()].map((f) => `${f.mode}${f.status ?? ''}`))).toEqual(
      new Set(['always422', 'always500', 'transient503', 'timeout', 'rate429']),
    );
  });

  it('accounts for every one of 1,000 events and every run', async () => {
    const result = await runLoad({ count: 1000 });
    const { byStatus, runs } = checkAccounting(result);
    // The scenario really exercised every outcome.
    expect(byStatus.succeeded).toBeGreaterThan(100);
    expect(byStatus.failed).toBeGreaterThan(50);
    expect(byStatus.skipped).toBeGreaterThan(100);
    expect(result.resumed.length).toBeGreaterThan(10);
    expect(runs).toBeGreaterThan(1000);
  });
});
