/**
 * SMSBump (simulated): "Send SMS via SMSBump" puts the text in the store's
 * SMS outbox, after the checks SMSBump's gateway makes (E.164 recipient,
 * non-empty body of at most 1600 characters).
 */
import type { AppAdapter } from '../types';
import { SMS_COLLECTIONS, sendSms } from './sms';

export const smsbumpAdapter: AppAdapter = {
  appId: 'smsbump',
  actions: {
    'send-sms': (call) => sendSms(call, 'SMSBump'),
  },
  collections: { ...SMS_COLLECTIONS },
};
