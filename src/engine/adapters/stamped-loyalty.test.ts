/**
 * Stamped.io Loyalty & Rewards (simulated): points added and deducted on the
 * trigger's customer with a history, and the deductions and amounts it
 * refuses. The contract every adapter keeps is in contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, refusal } from '../../../test/fixtures/adapterCalls';
import { MemorySandbox, SAMPLE_IDS } from '../../../test/fixtures/testFields';
import { stampedLoyaltyAdapter } from './stamped-loyalty';

const { call, runCall } = adapterHarness(stampedLoyaltyAdapter);

describe('Stamped.io Loyalty & Rewards', () => {
  const points = (actionId: 'add-points' | 'deduct-points', value: unknown, sandbox: MemorySandbox) =>
    call(actionId, { points: value, reason: 'Workflow' }, { sandbox });

  it('adds and deducts points on the trigger’s customer, keeping a history', async () => {
    const sandbox = new MemorySandbox();
    expect((await runCall(points('add-points', 50, sandbox))).output).toEqual({
      points_balance: 50,
    });
    expect((await runCall(points('deduct-points', '30', sandbox))).output).toEqual({
      points_balance: 20,
    });
    expect(sandbox.get('accounts', SAMPLE_IDS.customer)).toMatchObject({ points: 20 });
    expect(sandbox.list('pointsHistory').map((h) => [h.change, h.balance, h.reason])).toEqual([
      [50, 50, 'Workflow'],
      [-30, 20, 'Workflow'],
    ]);
  });

  it('refuses to deduct below zero and leaves the balance as it was', async () => {
    const sandbox = new MemorySandbox();
    await runCall(points('add-points', 20, sandbox));
    const error = await refusal(() => runCall(points('deduct-points', 50, sandbox)));
    expect(error.message).toMatch(/^Customer has only 20 points/);
    expect(sandbox.get('accounts', SAMPLE_IDS.customer)).toMatchObject({ points: 20 });
    expect(sandbox.list('pointsHistory')).toHaveLength(1);
    expect((await refusal(() => runCall(points('deduct-points', 1, new MemorySandbox())))).message).toMatch(
      /^Customer has only 0 points/,
    );
  });

  it.each([0, -5, '0'])('refuses %j points', async (value) => {
    for (const actionId of ['add-points', 'deduct-points'] as const) {
      const error = await refusal(() => runCall(points(actionId, value, new MemorySandbox())));
      expect(error.message).toMatch(/Points must be a positive whole number/);
    }
  });

  it('fails a run whose trigger provides no customer', async () => {
    const noCustomer = call('add-points', {}, { event: { payload: { product_id: '1' } } });
    expect((await refusal(() => runCall(noCustomer))).message).toMatch(/no customer/);
  });
});
