/**
 * Stamped.io Loyalty & Rewards (simulated): points accounts per customer
 * (`accounts`, keyed by the Shopify customer id) and every change in
 * `pointsHistory`. Both actions work on the customer the workflow's trigger
 * provides and answer with the new balance.
 *
 * Stamped's rules: points are a positive whole number, and a deduction
 * cannot take a balance below zero.
 */
import type { ActionCall, ActionResult, AppAdapter } from '../types';
import { optionalText, reject, triggerResourceId } from './adapterHelpers';
import { checkMaxLength, compact, positiveInteger } from './adapterExtras';

const REASON_MAX_LENGTH = 255;

function balanceOf(call: ActionCall, customerId: string): number {
  const points = call.sandbox.get('accounts', customerId)?.points;
  return typeof points === 'number' && Number.isFinite(points) ? points : 0;
}

function plural(n: number): string {
  return `${n} ${n === 1 ? 'point' : 'points'}`;
}

/** Applies a change of +points or -points and records it in the history. */
function changePoints(call: ActionCall, sign: 1 | -1): ActionResult {
  const customerId = triggerResourceId(call, 'customer');
  const points = positiveInteger(call.fields, 'points', 'Points');
  const reason = optionalText(call.fields, 'reason');
  if (reason) checkMaxLength(reason, REASON_MAX_LENGTH, 'The reason');
  const before = balanceOf(call, customerId);
  if (sign < 0 && points > before) {
    reject(`Customer has only ${plural(before)}, so ${plural(points)} can't be deducted`);
  }
  const balance = before + sign * points;
  const existing = call.sandbox.get('accounts', customerId);
  call.sandbox.upsert('accounts', customerId, {
    customerId,
    points: balance,
    ...(existing ? {} : { createdAt: call.now }),
    updatedAt: call.now,
  });
  call.sandbox.insert(
    'pointsHistory',
    compact({
      customerId,
      change: sign * points,
      balance,
      reason,
      at: call.now,
    }),
  );
  return { output: { points_balance: balance } };
}

export const stampedLoyaltyAdapter: AppAdapter = {
  appId: 'stamped-loyalty',
  actions: {
    'add-points': (call) => changePoints(call, 1),
    'deduct-points': (call) => changePoints(call, -1),
  },
  collections: { accounts: 'Loyalty accounts', pointsHistory: 'Points history' },
};
