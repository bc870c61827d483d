/**
 * PushOwl (simulated): web push notifications to one subscriber (the
 * customer) in `notifications`, and campaigns to every subscriber in
 * `campaigns`.
 *
 * Browsers cut long notifications, so PushOwl limits the title and the
 * message; both must have text.
 */
import type { ActionCall, AppAdapter } from '../types';
import { optionalText, requiredResourceId, requiredText } from './adapterHelpers';
import { checkMaxLength } from './adapterExtras';

const TITLE_MAX_LENGTH = 100;
const MESSAGE_MAX_LENGTH = 250;

/** The content both actions share, checked as PushOwl checks it. */
function notificationContent(call: ActionCall) {
  const title = requiredText(call.fields, 'title', 'The notification title');
  checkMaxLength(title, TITLE_MAX_LENGTH, 'The notification title');
  const message = requiredText(call.fields, 'message', 'The notification message');
  checkMaxLength(message, MESSAGE_MAX_LENGTH, 'The notification message');
  const imageUrl = optionalText(call.fields, 'image_url');
  return {
    title,
    message,
    primaryLink: requiredText(call.fields, 'primary_link', 'The primary link'),
    ...(imageUrl ? { imageUrl } : {}),
  };
}

export const pushowlAdapter: AppAdapter = {
  appId: 'pushowl',
  actions: {
    'send-push-notification': (call) => {
      const customerId = requiredResourceId(call.fields, 'customer_id', 'The customer');
      const content = notificationContent(call);
      call.sandbox.insert('notifications', { customerId, ...content, status: 'sent', sentAt: call.now });
      return {};
    },
    'send-push-campaign': (call) => {
      const content = notificationContent(call);
      const id = call.sandbox.insert('campaigns', {
        audience: 'all subscribers',
        ...content,
        status: 'sent',
        sentAt: call.now,
      });
      return { output: { campaign_id: id } };
    },
  },
  collections: { notifications: 'Push notifications', campaigns: 'Push campaigns' },
};
