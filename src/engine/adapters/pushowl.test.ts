/**
 * PushOwl (simulated): a notification to the customer and a campaign to every
 * subscriber, and the titles and messages it refuses. The contract every
 * adapter keeps is in contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, refusal } from '../../../test/fixtures/adapterCalls';
import { MemorySandbox, SAMPLE_IDS, TEST_NOW } from '../../../test/fixtures/testFields';
import { pushowlAdapter } from './pushowl';

const { run } = adapterHarness(pushowlAdapter);

describe('PushOwl', () => {
  it('sends a notification to the customer and a campaign to everyone', async () => {
    const sandbox = new MemorySandbox();
    await run('send-push-notification', { image_url: '' }, { sandbox });
    const campaign = await run('send-push-campaign', {}, { sandbox });
    const [notification] = sandbox.list('notifications');
    expect(notification).toMatchObject({ customerId: SAMPLE_IDS.customer, status: 'sent', sentAt: TEST_NOW });
    expect(notification).not.toHaveProperty('imageUrl');
    expect(sandbox.get('campaigns', String(campaign.output?.campaign_id))).toMatchObject({
      audience: 'all subscribers',
    });
  });

  it('refuses an empty or over-long title and message', async () => {
    for (const actionId of ['send-push-notification', 'send-push-campaign']) {
      for (const [fields, reason] of [
        [{ title: ' ' }, /title is empty/],
        [{ title: 't'.repeat(101) }, /101 characters/],
        [{ message: 'm'.repeat(251) }, /251 characters/],
      ] as const) {
        expect((await refusal(() => run(actionId, fields))).message).toMatch(reason);
      }
    }
  });
});
