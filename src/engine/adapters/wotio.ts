/**
 * WOTIO (simulated): the account activation e-mail, found by an order or by
 * a customer. Each e-mail sent is a record of `activationEmails` with the
 * activation link the customer receives, the sender and reply-to address of
 * the app's setup.
 */
import { ownValue } from '../../domain/ownKeys';
import type { ActionCall, ActionResult, AppAdapter } from '../types';
import { plainResourceId, reject, setting } from './adapterHelpers';
import { compact, shortToken } from './adapterExtras';

/** Reads the order or customer id the action is addressed by; WOTIO refuses a missing one. */
function requiredRef(call: ActionCall, resource: 'order' | 'customer'): string {
  const key = `${resource}_id`;
  const raw = ownValue(call.fields, key);
  const id = plainResourceId(raw);
  if (!id) {
    const what = resource === 'order' ? 'an order ID' : 'a customer ID';
    reject(
      raw === undefined || raw === '' ? `WOTIO needs ${what} to find the account` : `"${String(raw)}" is not ${what}`,
    );
  }
  return id;
}

function sendActivation(call: ActionCall, by: 'order' | 'customer'): ActionResult {
  const id = requiredRef(call, by);
  const store = encodeURIComponent(call.storeId);
  const link = `https://${store}.myshopify.com/account/activate/${shortToken(`${call.storeId}|${by}:${id}`, 12)}`;
  call.sandbox.insert(
    'activationEmails',
    compact({
      foundBy: by === 'order' ? 'order ID' : 'customer ID',
      orderId: by === 'order' ? id : undefined,
      customerId: by === 'customer' ? id : undefined,
      activationLink: link,
      sender: setting(call, 'senderName'),
      replyTo: setting(call, 'replyToEmail'),
      sentAt: call.now,
    }),
  );
  return {};
}

export const wotioAdapter: AppAdapter = {
  appId: 'wotio',
  actions: {
    'send-activation-email-by-order-id': (call) => sendActivation(call, 'order'),
    'send-activation-email-by-customer-id': (call) => sendActivation(call, 'customer'),
  },
  collections: { activationEmails: 'Activation e-mails' },
};
