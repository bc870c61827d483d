/**
 * Kmetric (simulated): the same weather reading for the same place and hour,
 * the location taken from setup, and a call without any location refused.
 * The contract every adapter keeps is in contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, refusal } from '../../../test/fixtures/adapterCalls';
import { kmetricAdapter } from './kmetric';

const { run } = adapterHarness(kmetricAdapter);

describe('kmetric', () => {
  it('logs the same reading for the same place and hour, from the setup location when none is given', async () => {
    const a = await run('log-weather', { location: '' });
    const b = await run('log-weather', { location: 'Kraków, Poland' });
    expect(a.output?.temperature_c).toBe(b.output?.temperature_c);
    expect(a.output?.conditions).toBe(b.output?.conditions);
  });

  it('rejects a call without any location', async () => {
    const error = await refusal(() => run('log-weather', { location: '' }, { settings: {} }));
    expect(error.message).toMatch(/no location/);
  });
});
