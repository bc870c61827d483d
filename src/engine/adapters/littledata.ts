/**
 * Simulated Littledata: custom Google Analytics events tied to a customer
 * (directly, or through the customer of an order). Google Analytics limits
 * apply: category up to 150 characters, action and label up to 500, and the
 * value must be a whole number of 0 or more.
 */
import type { ActionCall, ActionHandler, AppAdapter } from '../types';
import {
  optionalNumber,
  optionalText,
  plainResourceId,
  reject,
  requiredResourceId,
  requiredText,
  setting,
} from './adapterHelpers';

const GA_PROPERTY = /^(?:UA-\d{4,10}-\d{1,4}|G-[A-Z0-9]{4,12})$/;

interface GaEvent {
  category: string;
  action: string;
  label: string;
  value: number | '';
  propertyId: string;
}

function readEvent(call: ActionCall): GaEvent {
  const propertyId = setting(call, 'gaPropertyId') ?? '';
  if (propertyId !== '' && !GA_PROPERTY.test(propertyId)) {
    reject(`the Google Analytics property in the Littledata setup ("${propertyId}") should look like UA-12345678-1 or G-ABC123XYZ`);
  }
  const category = requiredText(call.fields, 'event_category', 'the event category');
  const action = requiredText(call.fields, 'event_action', 'the event action');
  const label = optionalText(call.fields, 'event_label') ?? '';
  if (category.length > 150) reject('the event category is longer than 150 characters, the Google Analytics limit');
  if (action.length > 500) reject('the event action is longer than 500 characters, the Google Analytics limit');
  if (label.length > 500) reject('the event label is longer than 500 characters, the Google Analytics limit');
  const value = optionalNumber(call.fields, 'event_value', 'the event value');
  if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
    reject(`the event value ${value} must be a whole number of 0 or more`);
  }
  return { category, action, label, value: value ?? '', propertyId };
}

function linkCustomer(call: ActionCall, customerId: string): void {
  const customer = call.sandbox.get('customers', customerId);
  call.sandbox.upsert('customers', customerId, {
    customerId,
    eventCount: (typeof customer?.eventCount === 'number' ? customer.eventCount : 0) + 1,
    lastEventAt: call.now,
  });
}

const customerEvent: ActionHandler = (call) => {
  const customerId = requiredResourceId(call.fields, 'customer_id', 'the customer ID');
  const event = readEvent(call);
  linkCustomer(call, customerId);
  call.sandbox.insert('events', { ...event, scope: 'customer', customerId, orderId: '', sentAt: call.now });
  return {};
};

const orderEvent: ActionHandler = (call) => {
  const orderId = requiredResourceId(call.fields, 'order_id', 'the order ID');
  const event = readEvent(call);
  const payload = call.event.payload;
  const customerId =
    plainResourceId(payload.order_id) === orderId ? (plainResourceId(payload.customer_id) ?? '') : '';
  if (customerId !== '') linkCustomer(call, customerId);
  call.sandbox.insert('events', { ...event, scope: 'order', orderId, customerId, sentAt: call.now });
  return {};
};

export const littledataAdapter: AppAdapter = {
  appId: 'littledata',
  actions: { 'customer-event': customerEvent, 'order-event': orderEvent },
  collections: { events: 'Analytics events', customers: 'Customers linked' },
};
