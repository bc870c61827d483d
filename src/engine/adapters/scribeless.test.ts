/**
 * Scribeless (simulated): recipients added to a campaign and counted, and the
 * addresses, campaign IDs and messages it refuses. The contract every adapter
 * keeps is in contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, refusal } from '../../../test/fixtures/adapterCalls';
import { MemorySandbox } from '../../../test/fixtures/testFields';
import { scribelessAdapter } from './scribeless';

const { run } = adapterHarness(scribelessAdapter);

describe('Scribeless', () => {
  it('adds recipients to the campaign and counts them', async () => {
    const sandbox = new MemorySandbox();
    const result = await run('add-recipient', {}, { sandbox });
    await run('add-recipient', { first_name: 'Ewa' }, { sandbox });
    expect(sandbox.get('recipients', String(result.output?.recipient_id))).toMatchObject({
      campaignId: 'spring-thank-you',
      status: 'queued for writing',
    });
    expect(sandbox.get('campaigns', 'spring-thank-you')).toMatchObject({ recipients: 2 });
  });

  it.each([
    ['a blank city', { city: ' ' }, /city is empty/],
    ['a campaign ID with spaces', { campaign_id: 'spring thank you' }, /not a Scribeless campaign ID/],
    ['a postal code over 12 characters', { postal_code: '1234567890123' }, /13 characters/],
    ['a custom message over 1000 characters', { custom_message: 'x'.repeat(1001) }, /1001 characters/],
  ])('refuses %s', async (_label, fields, reason) => {
    expect((await refusal(() => run('add-recipient', fields))).message).toMatch(
      reason,
    );
  });
});
