/**
 * Simulated Omnisend: contacts identified by e-mail (created or updated) and
 * custom events passed to the account; an event for an unknown e-mail creates
 * the contact, as Omnisend does.
 */
import type { ActionCall, ActionHandler, AppAdapter } from '../types';
import {
  optionalJsonObject,
  optionalText,
  reject,
  requiredText,
  splitList,
  uniqueIgnoringCase,
} from './adapterHelpers';

const MAX_EVENT_NAME = 128;

/** The contact ID for this e-mail, creating the contact when absent. */
function contactFor(call: ActionCall, email: string): { contactId: string; created: boolean } {
  const wanted = email.toLowerCase();
  const found = call.sandbox
    .list('contacts')
    .find((c) => typeof c.email === 'string' && c.email.toLowerCase() === wanted);
  if (found && typeof found.contactId === 'string') return { contactId: found.contactId, created: false };
  const contactId = call.sandbox.insert('contacts', { email, tags: [], createdAt: call.now, updatedAt: call.now });
  call.sandbox.upsert('contacts', contactId, { contactId });
  return { contactId, created: true };
}

const trackEvent: ActionHandler = (call) => {
  const email = requiredText(call.fields, 'email', 'the e-mail address');
  const eventName = requiredText(call.fields, 'event_name', 'the event name');
  if (eventName.length > MAX_EVENT_NAME) reject(`the event name is longer than ${MAX_EVENT_NAME} characters`);
  const properties = optionalJsonObject(call.fields, 'event_properties', 'the event properties') ?? {};
  const { contactId } = contactFor(call, email);
  call.sandbox.upsert('contacts', contactId, { lastEvent: eventName, lastEventAt: call.now });
  call.sandbox.insert('events', { email, contactId, eventName, properties, at: call.now });
  return {};
};

/** Loose phone check (the manifest asks for no E.164): digits with an optional +, spaces, dashes or brackets. */
function checkPhone(phone: string): void {
  const digits = phone.replace(/\D/g, '');
  if (!/^\+?[\d\s().-]+$/.test(phone) || digits.length < 7 || digits.length > 15) {
    reject(`"${phone}" is not a phone number: write it with the country code, like +48 123 456 789`);
  }
}

const createOrUpdateCustomer: ActionHandler = (call) => {
  const email = requiredText(call.fields, 'email', 'the e-mail address');
  const phone = optionalText(call.fields, 'phone');
  if (phone !== undefined) checkPhone(phone);
  const newTags = uniqueIgnoringCase(splitList(optionalText(call.fields, 'tags')));
  const { contactId, created } = contactFor(call, email);
  const existing = call.sandbox.get('contacts', contactId);
  const tags = uniqueIgnoringCase([...(Array.isArray(existing?.tags) ? existing.tags.map(String) : []), ...newTags]);
  const update: Record<string, unknown> = { tags, updatedAt: call.now, lastAction: created ? 'created' : 'updated' };
  const firstName = optionalText(call.fields, 'first_name');
  const lastName = optionalText(call.fields, 'last_name');
  if (firstName !== undefined) update.firstName = firstName;
  if (lastName !== undefined) update.lastName = lastName;
  if (phone !== undefined) update.phone = phone;
  call.sandbox.upsert('contacts', contactId, update);
  return { output: { contact_id: contactId } };
};

export const omnisendAdapter: AppAdapter = {
  appId: 'omnisend',
  actions: { 'track-event': trackEvent, 'create-or-update-customer': createOrUpdateCustomer },
  collections: { contacts: 'Contacts', events: 'Events' },
};
