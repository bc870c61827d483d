/**
 * The SMS sending that FirePush, SMSBump, Tobi and Ton share: the checks an
 * SMS gateway makes (an E.164 recipient, a non-empty body of at most 1600
 * characters) and one record per message in the app's `outbox` collection,
 * with the segment count the message is billed as.
 */
import { E164_PATTERN } from '../../domain/catalog/fieldTypes';
import type { ActionCall, ActionResult } from '../types';
import { optionalText, reject, setting } from './adapterHelpers';
import { checkMaxLength } from './adapterExtras';

/** The longest body gateways accept (10 concatenated segments). */
export const SMS_MAX_LENGTH = 1600;

export const SMS_COLLECTIONS = { outbox: 'SMS outbox' } as const;

// GSM 03.38: characters of the default alphabet, and those that take two septets.
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€\f';

/** How many SMS segments a body is sent as: GSM-7 when it can be, UCS-2 otherwise. */
export function smsSegments(body: string): { encoding: 'GSM-7' | 'UCS-2'; segments: number } {
  let septets = 0;
  let gsm = true;
  for (const ch of body) {
    if (GSM_BASIC.includes(ch)) septets += 1;
    else if (GSM_EXTENDED.includes(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) return { encoding: 'GSM-7', segments: septets <= 160 ? 1 : Math.ceil(septets / 153) };
  // UCS-2 counts UTF-16 code units: an emoji takes two.
  const units = body.length;
  return { encoding: 'UCS-2', segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}

/** Refuses a recipient that is not an E.164 number, in the words of the gateway. */
export function e164Phone(call: ActionCall, key: string): string {
  const phone = optionalText(call.fields, key) ?? '';
  if (!E164_PATTERN.test(phone)) {
    reject(
      `${phone === '' ? 'An empty phone number' : phone} is not an E.164 phone number ` +
        '(a plus sign, the country code and the number, with no spaces, like +48601234567)',
    );
  }
  return phone;
}

/**
 * Sends one SMS through `provider`: checks the number and the body, writes
 * the message to the outbox and returns its id as `message_id`.
 */
export function sendSms(call: ActionCall, provider: string): ActionResult {
  const to = e164Phone(call, 'phone');
  const body = optionalText(call.fields, 'message');
  if (body === undefined) reject('The SMS message is empty; write the text to send');
  checkMaxLength(body, SMS_MAX_LENGTH, 'The SMS message');
  const { encoding, segments } = smsSegments(body);
  const id = call.sandbox.insert('outbox', {
    to,
    body,
    from: setting(call, 'senderName') ?? provider,
    provider,
    encoding,
    segments,
    status: 'sent',
    sentAt: call.now,
  });
  return { output: { message_id: id } };
}
