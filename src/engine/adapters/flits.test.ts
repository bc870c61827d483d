/**
 * Flits (simulated): a store credit balance per customer with its history,
 * and the adjustments it refuses. The contract every adapter keeps is in
 * contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, refusal } from '../../../test/fixtures/adapterCalls';
import { MemorySandbox } from '../../../test/fixtures/testFields';
import { flitsAdapter } from './flits';

const { run } = adapterHarness(flitsAdapter);

describe('flits', () => {
  it('keeps a credit balance per customer and records the history', async () => {
    const sandbox = new MemorySandbox();
    await run('adjust-credit-on-fulfilment', { credit_amount: 10 }, { sandbox });
    const result = await run('adjust-credit-on-fulfilment', { credit_amount: '-2.5' }, { sandbox });
    expect(result.output).toEqual({ credit_balance: 7.5 });
    expect(sandbox.list('credit-history')).toHaveLength(2);
  });

  it('rejects a deduction below zero, a zero amount and an order without customer', async () => {
    expect((await refusal(() => run('adjust-credit-on-fulfilment', { credit_amount: -5 }))).message).toMatch(
      /would go below zero/,
    );
    expect((await refusal(() => run('adjust-credit-on-fulfilment', { credit_amount: 0 }))).message).toMatch(/amount is 0/);
    const noCustomer = await refusal(() =>
      run('adjust-credit-on-fulfilment', {}, { event: { payload: { order_id: '5012345678' } } }),
    );
    expect(noCustomer.message).toMatch(/has no customer/);
  });
});
