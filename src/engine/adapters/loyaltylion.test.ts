/**
 * LoyaltyLion (simulated): a points balance that tells Flow when a reward is
 * within reach, tier changes up and down with the events they send, and the
 * points and tiers it refuses. The contract every adapter keeps is in
 * contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, expectValidEmit, refusal } from '../../../test/fixtures/adapterCalls';
import { MemorySandbox, SAMPLE_EMAIL } from '../../../test/fixtures/testFields';
import { findTrigger } from '../../domain/catalog/catalog';
import { loyaltylionAdapter } from './loyaltylion';
import { builtInCatalog } from '../../domain/catalog/builtIn';

const { run } = adapterHarness(loyaltylionAdapter);

describe('loyaltylion', () => {
  it('keeps a points balance and tells Flow when it reaches a reward', async () => {
    const sandbox = new MemorySandbox();
    const first = await run('add-points', { points: 300 }, { sandbox });
    expect(first.output).toEqual({ points_balance: 300 });
    expect(first.emits).toEqual([]);

    const second = await run('add-points', { points: '250' }, { sandbox });
    expect(second.output).toEqual({ points_balance: 550 });
    expect(second.emits).toHaveLength(1);
    const emit = second.emits![0]!;
    expect(emit).toEqual({
      app: 'loyaltylion',
      trigger: 'customer-can-claim-reward',
      payload: {
        customer_id: '7054216842',
        customer_email: SAMPLE_EMAIL,
        points_balance: 550,
        reward_name: '10% off your next order',
        reward_cost: 500,
      },
    });
    expectValidEmit(emit);
    expect(findTrigger(builtInCatalog, 'loyaltylion', emit.trigger)?.name.en).toBe('Customer has enough points for a reward');

    const third = await run('add-points', { points: 10 }, { sandbox });
    expect(third.emits).toEqual([]);
    expect(sandbox.get('accounts', '7054216842')).toMatchObject({ pointsBalance: 560, tierName: 'Bronze' });
  });

  it('emits one event per reward crossed at once', async () => {
    const result = await run('add-points', { points: 2000 });
    expect(result.emits?.map((e) => e.payload.reward_cost)).toEqual([500, 1500]);
    for (const emit of result.emits ?? []) expectValidEmit(emit);
  });

  it('does not notify Flow when the customer e-mail is unknown, and says so', async () => {
    const sandbox = new MemorySandbox();
    const result = await run('add-points', { points: 600 }, { sandbox, event: { payload: {} } });
    expect(result.emits).toEqual([]);
    expect(sandbox.list('points-history')[0]).toMatchObject({ flowNotified: 'no: the customer e-mail is unknown' });
  });

  it('rejects points that are not a positive whole number', async () => {
    expect((await refusal(() => run('add-points', { points: 0 }))).message).toMatch(/positive whole number, not 0/);
    expect((await refusal(() => run('add-points', { points: -5 }))).message).toMatch(/positive whole number/);
    expect((await refusal(() => run('add-points', { points: 2.5 }))).message).toMatch(/positive whole number/);
  });

  it('moves a customer up and down the seeded tiers and tells Flow which way', async () => {
    const sandbox = new MemorySandbox();
    const up = await run('change-tier', { tier_name: 'gold' }, { sandbox });
    expect(sandbox.list('tiers').map((t) => t.name)).toEqual(['Bronze', 'Silver', 'Gold']);
    expect(up.emits).toEqual([
      {
        app: 'loyaltylion',
        trigger: 'customer-moved-up-tier',
        payload: {
          customer_id: '7054216842',
          customer_email: SAMPLE_EMAIL,
          previous_tier_name: 'Bronze',
          new_tier_name: 'Gold',
          points_balance: 0,
        },
      },
    ]);
    expectValidEmit(up.emits![0]!);

    const down = await run('change-tier', { tier_name: 'Silver' }, { sandbox });
    expect(down.emits![0]).toMatchObject({
      trigger: 'customer-moved-down-tier',
      payload: { previous_tier_name: 'Gold', new_tier_name: 'Silver' },
    });
    expectValidEmit(down.emits![0]!);

    const same = await run('change-tier', { tier_name: 'Silver' }, { sandbox });
    expect(same.emits).toEqual([]);
    expect(sandbox.list('tier-changes').map((c) => c.direction)).toEqual(['up', 'down', 'unchanged']);
  });

  it('uses the tiers in the sandbox and rejects a tier the program does not have', async () => {
    const sandbox = new MemorySandbox();
    sandbox.upsert('tiers', 'member', { name: 'Member', position: 1 });
    sandbox.upsert('tiers', 'insider', { name: 'Insider', position: 2 });
    const result = await run('change-tier', { tier_name: 'Insider' }, { sandbox });
    expect(result.emits![0]).toMatchObject({ trigger: 'customer-moved-up-tier', payload: { previous_tier_name: 'Member' } });
    const error = await refusal(() => run('change-tier', { tier_name: 'Gold' }, { sandbox }));
    expect(error.message).toBe('there is no tier "Gold" in the loyalty program; its tiers are Member, Insider');
  });
});
