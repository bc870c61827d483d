/**
 * Simulated Plobal mobile-app push notifications: to one app user (a Shopify
 * customer) or to every app user. A customer becomes a known app user the
 * first time they get a push, and a bulk push goes to all known app users.
 */
import type { ActionCall, ActionHandler, AppAdapter } from '../types';
import { optionalText, reject, requiredResourceId, requiredText, setting } from './adapterHelpers';

/** Our limits for the simulation: phones cut longer texts off anyway. */
const MAX_TITLE = 65;
const MAX_MESSAGE = 240;

interface Push {
  title: string;
  message: string;
  linkUrl: string;
  imageUrl: string;
}

function readPush(call: ActionCall): Push {
  const title = requiredText(call.fields, 'title', 'the notification title');
  const message = requiredText(call.fields, 'message', 'the notification message');
  if (title.length > MAX_TITLE) reject(`the notification title is longer than ${MAX_TITLE} characters`);
  if (message.length > MAX_MESSAGE) reject(`the notification message is longer than ${MAX_MESSAGE} characters`);
  const imageUrl = optionalText(call.fields, 'image_url') ?? '';
  if (imageUrl !== '' && !imageUrl.startsWith('https://')) {
    reject('the image address must start with https://: phones load notification images only over a secure connection');
  }
  return { title, message, linkUrl: optionalText(call.fields, 'link_url') ?? '', imageUrl };
}

const sendIndividualPush: ActionHandler = (call) => {
  const customerId = requiredResourceId(call.fields, 'customer_id', 'the customer ID');
  const push = readPush(call);
  const user = call.sandbox.get('app-users', customerId);
  call.sandbox.upsert('app-users', customerId, {
    customerId,
    pushesReceived: (typeof user?.pushesReceived === 'number' ? user.pushesReceived : 0) + 1,
    lastPushAt: call.now,
  });
  call.sandbox.insert('pushes', {
    app: setting(call, 'appName') ?? '',
    audience: `customer ${customerId}`,
    recipientCount: 1,
    ...push,
    sentAt: call.now,
  });
  return {};
};

const sendBulkPush: ActionHandler = (call) => {
  const push = readPush(call);
  const users = call.sandbox.list('app-users');
  for (const user of users) {
    const customerId = typeof user.customerId === 'string' ? user.customerId : undefined;
    if (customerId === undefined) continue;
    call.sandbox.upsert('app-users', customerId, {
      pushesReceived: (typeof user.pushesReceived === 'number' ? user.pushesReceived : 0) + 1,
      lastPushAt: call.now,
    });
  }
  const recipientCount = users.length;
  call.sandbox.insert('pushes', {
    app: setting(call, 'appName') ?? '',
    audience: 'all app users',
    recipientCount,
    ...push,
    sentAt: call.now,
  });
  return { output: { recipient_count: recipientCount } };
};

export const plobalAdapter: AppAdapter = {
  appId: 'plobal',
  actions: { 'send-individual-push': sendIndividualPush, 'send-bulk-push': sendBulkPush },
  collections: { pushes: 'Push notifications', 'app-users': 'App users' },
};
