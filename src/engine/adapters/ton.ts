/**
 * Ton (simulated): "Text message" puts the text in the store's SMS outbox,
 * after the checks an SMS gateway makes (E.164 recipient, non-empty body of
 * at most 1600 characters).
 */
import type { AppAdapter } from '../types';
import { SMS_COLLECTIONS, sendSms } from './sms';

export const tonAdapter: AppAdapter = {
  appId: 'ton',
  actions: {
    'send-text-message': (call) => sendSms(call, 'Ton'),
  },
  collections: { ...SMS_COLLECTIONS },
};
