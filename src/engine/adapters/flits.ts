/**
 * Simulated Flits store credit: when an order is fulfilled, the credit balance
 * of the order's customer (from the workflow's trigger) goes up or down. A
 * balance never goes below zero, and amounts are in cents precision.
 */
import type { ActionHandler, AppAdapter } from '../types';
import {
  optionalText,
  plainResourceId,
  reject,
  requiredNumber,
  requiredResourceId,
  setting,
} from './adapterHelpers';

const MAX_ADJUSTMENT = 100000;

const adjustCreditOnFulfilment: ActionHandler = (call) => {
  const orderId = requiredResourceId(call.fields, 'order_id', 'the order ID');
  const amount = requiredNumber(call.fields, 'credit_amount', 'the credit amount');
  if (amount === 0) reject('the credit amount is 0: use a positive amount to add credit or a negative one to deduct it');
  if (Math.abs(Math.round(amount * 100) - amount * 100) > 1e-6) {
    reject(`the credit amount ${amount} has more than two decimal places`);
  }
  if (Math.abs(amount) > MAX_ADJUSTMENT) reject(`the credit amount ${amount} is beyond the ${MAX_ADJUSTMENT} limit of one adjustment`);

  const payloadOrder = plainResourceId(call.event.payload.order_id);
  const customerId = payloadOrder === undefined || payloadOrder === orderId
    ? plainResourceId(call.event.payload.customer_id)
    : plainResourceId(call.sandbox.get('order-customers', orderId)?.customerId);
  if (customerId === undefined) {
    reject(`order ${orderId} has no customer, so there is no Flits credit balance to adjust`);
  }
  if (payloadOrder === orderId) {
    call.sandbox.upsert('order-customers', orderId, { orderId, customerId });
  }

  const account = call.sandbox.get('credits', customerId);
  const before = typeof account?.balance === 'number' ? account.balance : 0;
  const balance = Math.round((before + amount) * 100) / 100;
  if (balance < 0) {
    reject(`customer ${customerId} has ${before.toFixed(2)} in credit; deducting ${Math.abs(amount).toFixed(2)} would go below zero`);
  }
  call.sandbox.upsert('credits', customerId, {
    customerId,
    label: setting(call, 'creditLabel') ?? 'Store credit',
    balance,
    updatedAt: call.now,
  });
  call.sandbox.insert('credit-history', {
    customerId,
    orderId,
    amount,
    reason: optionalText(call.fields, 'reason') ?? (amount > 0 ? 'Order fulfilled' : 'Credit deducted'),
    balanceAfter: balance,
    at: call.now,
  });
  return { output: { credit_balance: balance } };
};

export const flitsAdapter: AppAdapter = {
  appId: 'flits',
  actions: { 'adjust-credit-on-fulfilment': adjustCreditOnFulfilment },
  collections: {
    credits: 'Credit balances',
    'credit-history': 'Credit history',
    'order-customers': 'Orders and their customers',
  },
};
