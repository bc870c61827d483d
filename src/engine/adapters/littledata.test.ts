/**
 * Littledata (simulated): order events linked to the customer, and the event
 * values and Google Analytics properties it refuses. The contract every
 * adapter keeps is in contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, refusal } from '../../../test/fixtures/adapterCalls';
import { MemorySandbox } from '../../../test/fixtures/testFields';
import { littledataAdapter } from './littledata';

const { run } = adapterHarness(littledataAdapter);

describe('littledata', () => {
  it('links an order event to the order customer', async () => {
    const sandbox = new MemorySandbox();
    await run('order-event', {}, { sandbox });
    expect(sandbox.list('events')[0]).toMatchObject({ scope: 'order', orderId: '5012345678', customerId: '7054216842' });
    expect(sandbox.get('customers', '7054216842')).toMatchObject({ eventCount: 1 });
  });

  it('rejects a negative event value and a malformed GA property in setup', async () => {
    expect((await refusal(() => run('customer-event', { event_value: -1 }))).message).toMatch(
      /event value -1 must be a whole number of 0 or more/,
    );
    const property = await refusal(() => run('customer-event', {}, { settings: { gaPropertyId: 'my shop' } }));
    expect(property.message).toMatch(/Google Analytics property/);
  });
});
