/**
 * Nosto (simulated): a customer added to a segment once, and segment names
 * given instead of IDs refused. The contract every adapter keeps is in
 * contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, refusal } from '../../../test/fixtures/adapterCalls';
import { MemorySandbox } from '../../../test/fixtures/testFields';
import { nostoAdapter } from './nosto';

const { run } = adapterHarness(nostoAdapter);

describe('nosto', () => {
  it('adds a customer to a segment once', async () => {
    const sandbox = new MemorySandbox();
    await run('add-customer-to-segment', {}, { sandbox });
    await run('add-customer-to-segment', {}, { sandbox });
    expect(sandbox.get('segments', '5b71f1500cf2a5d5a3c3d5b0')).toMatchObject({ members: ['7054216842'], memberCount: 1 });
    expect(sandbox.list('memberships')).toHaveLength(1);
  });

  it('rejects a segment name given instead of an ID', async () => {
    const error = await refusal(() => run('add-customer-to-segment', { segment_id: 'VIP customers' }));
    expect(error.message).toMatch(/"VIP customers" is not a Nosto segment ID/);
  });
});
