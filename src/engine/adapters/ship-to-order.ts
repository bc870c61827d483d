/**
 * Simulated Ship to Order. The app learns orders from the workflows that call
 * it: each call registers the trigger's order (once) on the day it was placed,
 * so "Count orders" counts the orders the app has seen that day and compares
 * them with the daily order limit from the app's setup. "Set cart attributes"
 * sets note attributes on the order.
 */
import { dictionary } from '../../domain/ownKeys';
import type { ActionCall, ActionHandler, AppAdapter } from '../types';
import {
  isCalendarDate,
  optionalDate,
  plainResourceId,
  reject,
  requiredResourceId,
  requiredText,
  setting,
  today,
} from './adapterHelpers';

const MAX_ATTRIBUTE_NAME = 255;

/** Registers the trigger's order, if it has one, on the day it was placed. */
function registerTriggerOrder(call: ActionCall): void {
  const orderId = plainResourceId(call.event.payload.order_id);
  if (orderId === undefined || call.sandbox.get('orders', orderId)?.day !== undefined) return;
  const createdAt = call.event.payload.created_at;
  const placed = typeof createdAt === 'string' && isCalendarDate(createdAt.slice(0, 10)) ? createdAt : call.event.at;
  call.sandbox.upsert('orders', orderId, { orderId, day: placed.slice(0, 10), seenAt: call.now });
}

function dailyLimit(call: ActionCall): number | undefined {
  const raw = setting(call, 'dailyOrderLimit');
  if (raw === undefined) return undefined;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit <= 0) {
    reject(`the daily order limit in the Ship to Order setup ("${raw}") must be a positive whole number`);
  }
  return limit;
}

const countOrders: ActionHandler = (call) => {
  const day = optionalDate(call.fields, 'date', 'the date') ?? today(call);
  if (day > today(call)) reject(`the date ${day} is in the future: orders can be counted for today or earlier`);
  const limit = dailyLimit(call);
  registerTriggerOrder(call);
  const orderCount = call.sandbox.list('orders').filter((o) => o.day === day).length;
  call.sandbox.upsert('daily-counts', day, {
    date: day,
    orderCount,
    dailyLimit: limit ?? '',
    limitReached: limit !== undefined && orderCount >= limit,
    countedAt: call.now,
  });
  return { output: { date: day, order_count: orderCount } };
};

const setCartAttributes: ActionHandler = (call) => {
  const orderId = requiredResourceId(call.fields, 'order_id', 'the order ID');
  const name = requiredText(call.fields, 'attribute_name', 'the attribute name');
  if (name.length > MAX_ATTRIBUTE_NAME) reject(`the attribute name is longer than ${MAX_ATTRIBUTE_NAME} characters`);
  const rawValue = call.fields.attribute_value;
  const value = typeof rawValue === 'string' ? rawValue : String(rawValue ?? '');
  registerTriggerOrder(call);
  const existing = call.sandbox.get('orders', orderId);
  // Null-prototype: an attribute named __proto__ or constructor is stored like any other.
  const attributes = dictionary<string>();
  if (existing?.attributes && typeof existing.attributes === 'object') Object.assign(attributes, existing.attributes);
  attributes[name] = value;
  call.sandbox.upsert('orders', orderId, { orderId, attributes, attributesUpdatedAt: call.now });
  return {};
};

export const shipToOrderAdapter: AppAdapter = {
  appId: 'ship-to-order',
  actions: { 'count-orders': countOrders, 'set-cart-attributes': setCartAttributes },
  collections: { orders: 'Orders seen', 'daily-counts': 'Daily order counts' },
};
