/**
 * FirePush (simulated): "Send SMS message" puts the text in the store's SMS
 * outbox. The seed demands an E.164 recipient, which the adapter enforces
 * as FirePush's gateway would, on top of the engine's manifest check.
 */
import type { AppAdapter } from '../types';
import { SMS_COLLECTIONS, sendSms } from './sms';

export const firepushAdapter: AppAdapter = {
  appId: 'firepush',
  actions: {
    'send-sms': (call) => sendSms(call, 'FirePush'),
  },
  collections: { ...SMS_COLLECTIONS },
};
