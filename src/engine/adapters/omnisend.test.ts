/**
 * Omnisend (simulated): one contact per e-mail with its tags, events on the
 * contact, and the phone numbers and event properties it refuses. The
 * contract every adapter keeps is in contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, refusal } from '../../../test/fixtures/adapterCalls';
import { MemorySandbox } from '../../../test/fixtures/testFields';
import { omnisendAdapter } from './omnisend';

const { run } = adapterHarness(omnisendAdapter);

describe('omnisend', () => {
  it('creates a contact, then updates the same one, with tags once each', async () => {
    const sandbox = new MemorySandbox();
    const a = await run('create-or-update-customer', {}, { sandbox });
    const b = await run('create-or-update-customer', { email: 'Customer@Example.com', tags: 'new' }, { sandbox });
    expect(b.output?.contact_id).toBe(a.output?.contact_id);
    expect(sandbox.list('contacts')).toHaveLength(1);
    expect(sandbox.list('contacts')[0]).toMatchObject({ tags: ['vip', 'wholesale', 'new'], lastAction: 'updated' });
  });

  it('tracks an event on the contact with that e-mail', async () => {
    const sandbox = new MemorySandbox();
    const created = await run('create-or-update-customer', {}, { sandbox });
    await run('track-event', { event_name: 'viewed sale' }, { sandbox });
    expect(sandbox.list('events')[0]).toMatchObject({ contactId: created.output?.contact_id, eventName: 'viewed sale' });
  });

  it('rejects something that is not a phone number and bad event properties', async () => {
    expect((await refusal(() => run('create-or-update-customer', { phone: 'call me' }))).message).toMatch(
      /"call me" is not a phone number/,
    );
    expect((await refusal(() => run('track-event', { event_properties: '{oops' }))).message).toMatch(/not valid JSON/);
  });
});
