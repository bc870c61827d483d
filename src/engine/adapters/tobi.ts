/**
 * Tobi (simulated): "Send SMS via Tobi" puts the text in the store's SMS
 * outbox, after the checks Tobi's gateway makes (E.164 recipient, non-empty
 * body of at most 1600 characters).
 */
import type { AppAdapter } from '../types';
import { SMS_COLLECTIONS, sendSms } from './sms';

export const tobiAdapter: AppAdapter = {
  appId: 'tobi',
  actions: {
    'send-sms': (call) => sendSms(call, 'Tobi'),
  },
  collections: { ...SMS_COLLECTIONS },
};
