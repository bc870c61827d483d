/**
 * WOTIO (simulated): activation e-mails found by order or customer, and the
 * missing or malformed IDs it refuses. The contract every adapter keeps is in
 * contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, refusal } from '../../../test/fixtures/adapterCalls';
import { MemorySandbox, SAMPLE_IDS, TEST_NOW } from '../../../test/fixtures/testFields';
import { wotioAdapter } from './wotio';

const { call, run, runCall } = adapterHarness(wotioAdapter);

describe('WOTIO', () => {
  it('sends the activation e-mail found by the order or the customer', async () => {
    const sandbox = new MemorySandbox();
    await run('send-activation-email-by-order-id', {}, { sandbox });
    await runCall(call('send-activation-email-by-customer-id', { customer_id: 'gid://shopify/Customer/42' }, { sandbox }),
    );
    expect(sandbox.list('activationEmails')).toEqual([
      expect.objectContaining({ foundBy: 'order ID', orderId: SAMPLE_IDS.order, sentAt: TEST_NOW }),
      expect.objectContaining({ foundBy: 'customer ID', customerId: '42' }),
    ]);
  });

  it.each([
    ['send-activation-email-by-order-id', 'order_id', /needs an order ID/],
    ['send-activation-email-by-customer-id', 'customer_id', /needs a customer ID/],
  ])('%s refuses a missing id', async (actionId, key, reason) => {
    const sandbox = new MemorySandbox();
    const error = await refusal(() => run(actionId, { [key]: undefined }, { sandbox }));
    expect(error.message).toMatch(reason);
    expect((await refusal(() => run(actionId, { [key]: 'abc' }))).message).toMatch(
      /"abc" is not/,
    );
    expect(sandbox.list('activationEmails')).toEqual([]);
  });
});
