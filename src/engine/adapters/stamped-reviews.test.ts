/**
 * Stamped.io Reviews & UGC (simulated): pausing a review request that is not
 * sent yet, and unsubscribing an e-mail address once. The contract every
 * adapter keeps is in contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, refusal } from '../../../test/fixtures/adapterCalls';
import { MemorySandbox, SAMPLE_IDS, TEST_NOW } from '../../../test/fixtures/testFields';
import { stampedReviewsAdapter } from './stamped-reviews';

const { call, run, runCall } = adapterHarness(stampedReviewsAdapter);

describe('Stamped.io Reviews & UGC', () => {
  it('pauses the review request of the trigger’s order', async () => {
    const sandbox = new MemorySandbox();
    await run('pause-review-request', {}, { sandbox });
    expect(sandbox.get('reviewRequests', SAMPLE_IDS.order)).toMatchObject({ status: 'paused', pausedAt: TEST_NOW });
  });

  it('refuses to pause a request that was already sent', async () => {
    const sandbox = new MemorySandbox();
    sandbox.upsert('reviewRequests', SAMPLE_IDS.order, { status: 'sent', sentAt: '2025-03-10T08:00:00.000Z' });
    const pause = call('pause-review-request', {}, { sandbox });
    expect((await refusal(() => runCall(pause))).message).toMatch(/already sent on 2025-03-10/);
  });

  it('unsubscribes an e-mail address once, whatever its case', async () => {
    const sandbox = new MemorySandbox();
    for (const email of ['Anna@Example.com', 'anna@example.com']) {
      await run('unsubscribe-customer', { email }, { sandbox });
    }
    expect(sandbox.list('unsubscribes')).toEqual([
      expect.objectContaining({ email: 'anna@example.com', unsubscribedAt: TEST_NOW }),
    ]);
  });
});
