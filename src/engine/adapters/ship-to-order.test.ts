/**
 * Ship to Order (simulated): counting a day's orders against the daily
 * limit, the dates it refuses, and cart attributes on the order. The
 * contract every adapter keeps is in contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, refusal } from '../../../test/fixtures/adapterCalls';
import { MemorySandbox, TEST_NOW } from '../../../test/fixtures/testFields';
import { shipToOrderAdapter } from './ship-to-order';

const { run } = adapterHarness(shipToOrderAdapter);

describe('ship-to-order', () => {
  const orderEvent = (orderId: string, day = '2025-03-14') => ({
    event: { payload: { order_id: orderId, created_at: `${day}T09:00:00Z` } },
  });

  it('counts each order of the day once and flags the daily limit', async () => {
    const sandbox = new MemorySandbox();
    await run('count-orders', {}, { sandbox, ...orderEvent('1') });
    await run('count-orders', {}, { sandbox, ...orderEvent('1') });
    await run('count-orders', {}, { sandbox, ...orderEvent('3', '2025-03-13') });
    const result = await run('count-orders', {}, { sandbox, settings: { dailyOrderLimit: '2' }, ...orderEvent('2') });
    expect(result.output).toEqual({ date: '2025-03-14', order_count: 2 });
    expect(sandbox.get('daily-counts', '2025-03-14')).toMatchObject({ orderCount: 2, dailyLimit: 2, limitReached: true });
    const yesterday = await run('count-orders', { date: '2025-03-13' }, { sandbox });
    expect(yesterday.output?.order_count).toBe(1);
  });

  it('counts today when no date is given', async () => {
    const result = await run('count-orders', { date: '' });
    expect(result.output?.date).toBe(TEST_NOW.slice(0, 10));
  });

  it('rejects a date that is not YYYY-MM-DD or is in the future', async () => {
    expect((await refusal(() => run('count-orders', { date: '14.03.2025' }))).message).toMatch(
      /not a date in the form YYYY-MM-DD/,
    );
    expect((await refusal(() => run('count-orders', { date: '2025-03-15' }))).message).toMatch(/in the future/);
  });

  it('sets cart attributes on the order, keeping earlier ones', async () => {
    const sandbox = new MemorySandbox();
    await run('set-cart-attributes', { attribute_name: 'gift', attribute_value: 'yes' }, { sandbox });
    await run('set-cart-attributes', { attribute_name: 'slot', attribute_value: 'AM' }, { sandbox });
    expect(sandbox.get('orders', '5012345678')?.attributes).toEqual({ gift: 'yes', slot: 'AM' });
  });
});
