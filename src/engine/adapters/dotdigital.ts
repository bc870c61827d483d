/**
 * Simulated dotdigital (Engagement Cloud): contacts identified by e-mail,
 * address books, enrolments in marketing programs and transactional e-mails
 * sent from existing campaigns. dotdigital IDs of programs and campaigns are
 * whole numbers, so other values are refused as the API would.
 */
import { dictionary } from '../../domain/ownKeys';
import type { ActionCall, ActionHandler, AppAdapter } from '../types';
import {
  optionalBoolean,
  optionalText,
  reject,
  requiredResourceId,
  requiredText,
  triggerEmail,
} from './adapterHelpers';

const CONTACT_ID_BASE = 100000;

/** The contact with this e-mail (case-insensitive), if any. */
function findContact(call: ActionCall, email: string): Record<string, unknown> | undefined {
  const wanted = email.toLowerCase();
  return call.sandbox.list('contacts').find((c) => typeof c.email === 'string' && c.email.toLowerCase() === wanted);
}

/** Creates the contact when absent, then merges the fields; returns its contact ID. */
function saveContact(call: ActionCall, email: string, fields: Record<string, unknown>): string {
  const found = findContact(call, email);
  const contactId =
    typeof found?.contactId === 'string'
      ? found.contactId
      : String(CONTACT_ID_BASE + call.sandbox.count('contacts') + 1);
  call.sandbox.upsert('contacts', contactId, {
    contactId,
    email: typeof found?.email === 'string' ? found.email : email,
    ...(found ? {} : { createdAt: call.now, addressBooks: [] }),
    ...fields,
    updatedAt: call.now,
  });
  return contactId;
}

function numericId(call: ActionCall, key: string, label: string): string {
  const value = requiredText(call.fields, key, label);
  if (!/^[1-9]\d*$/.test(value)) reject(`${label} "${value}" is not valid: dotdigital IDs are whole numbers like 12345`);
  return value;
}

const createOrUpdateContact: ActionHandler = (call) => {
  const email = requiredText(call.fields, 'email', 'the e-mail address');
  const update: Record<string, unknown> = {};
  const firstName = optionalText(call.fields, 'first_name');
  const lastName = optionalText(call.fields, 'last_name');
  const consent = optionalBoolean(call.fields, 'marketing_consent');
  if (firstName !== undefined) update.firstName = firstName;
  if (lastName !== undefined) update.lastName = lastName;
  if (consent !== undefined) update.optInType = consent ? 'Single' : 'Unknown';

  const addressBook = optionalText(call.fields, 'address_book');
  if (addressBook !== undefined) {
    const existing = findContact(call, email);
    const books = Array.isArray(existing?.addressBooks) ? existing.addressBooks.map(String) : [];
    update.addressBooks = books.includes(addressBook) ? books : [...books, addressBook];
    call.sandbox.upsert('address-books', addressBook, { name: addressBook, updatedAt: call.now });
  }
  const contactId = saveContact(call, email, update);
  return { output: { contact_id: contactId } };
};

const addToProgram: ActionHandler = (call) => {
  const customerId = requiredResourceId(call.fields, 'customer_id', 'the customer ID');
  const programId = numericId(call, 'program_id', 'the program ID');
  const linked = call.sandbox.list('contacts').find((c) => c.customerId === customerId);
  const email = typeof linked?.email === 'string' ? linked.email : triggerEmail(call, customerId);
  if (email === undefined) {
    reject(`customer ${customerId} has no e-mail address known to dotdigital, so there is no contact to enrol`);
  }
  const contactId = saveContact(call, email, { customerId });
  const enrolmentId = call.sandbox.insert('enrolments', {
    programId,
    contactId,
    customerId,
    email,
    status: 'Active',
    enrolledAt: call.now,
  });
  return { output: { enrolment_id: enrolmentId } };
};

/** "name=value" lines into an object; rejects a line without "=". */
function parsePersonalization(text: string | undefined): Record<string, string> {
  // Null-prototype: a name like __proto__ or constructor is stored like any other.
  const values = dictionary<string>();
  if (!text) return values;
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const at = line.indexOf('=');
    const name = at < 0 ? '' : line.slice(0, at).trim();
    if (!name) reject(`personalization line ${i + 1} ("${line.trim()}") is not in the form name=value`);
    values[name] = line.slice(at + 1).trim();
  });
  return values;
}

const sendTransactionalEmail: ActionHandler = (call) => {
  const to = requiredText(call.fields, 'to_email', 'the recipient e-mail');
  const campaignId = numericId(call, 'campaign_id', 'the campaign ID');
  const personalization = parsePersonalization(optionalText(call.fields, 'personalization'));
  const messageId = call.sandbox.insert('transactional-emails', {
    to,
    campaignId,
    personalization,
    status: 'Sent',
    sentAt: call.now,
  });
  return { output: { message_id: messageId } };
};

export const dotdigitalAdapter: AppAdapter = {
  appId: 'dotdigital',
  actions: {
    'create-or-update-contact': createOrUpdateContact,
    'add-to-program': addToProgram,
    'send-transactional-email': sendTransactionalEmail,
  },
  collections: {
    contacts: 'Contacts',
    'address-books': 'Address books',
    enrolments: 'Program enrolments',
    'transactional-emails': 'Transactional e-mails',
  },
};
