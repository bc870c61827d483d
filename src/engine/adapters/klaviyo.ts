/**
 * Simulated Klaviyo: events (metrics) recorded on profiles identified by
 * e-mail, and campaigns created and sent to a list with a template. Klaviyo
 * list and template IDs are six letters and digits, like "Y6nRLr".
 */
import type { ActionCall, ActionHandler, AppAdapter } from '../types';
import {
  optionalJsonObject,
  optionalNumber,
  optionalText,
  reject,
  requiredText,
  setting,
} from './adapterHelpers';

const KLAVIYO_ID = /^[A-Za-z0-9]{6}$/;
const MAX_EVENT_NAME = 128;

function klaviyoId(call: ActionCall, key: string, label: string): string {
  const value = requiredText(call.fields, key, label);
  if (!KLAVIYO_ID.test(value)) reject(`${label} "${value}" is not a Klaviyo ID: they are six letters and digits, like Y6nRLr`);
  return value;
}

const trackEvent: ActionHandler = (call) => {
  const email = requiredText(call.fields, 'email', 'the e-mail address');
  const metric = requiredText(call.fields, 'event_name', 'the event name');
  if (metric.length > MAX_EVENT_NAME) reject(`the event name is longer than ${MAX_EVENT_NAME} characters`);
  const properties = optionalJsonObject(call.fields, 'event_properties', 'the event properties') ?? {};
  const value = optionalNumber(call.fields, 'value', 'the event value');

  const profileKey = email.toLowerCase();
  const profile = call.sandbox.get('profiles', profileKey);
  const eventCount = (typeof profile?.eventCount === 'number' ? profile.eventCount : 0) + 1;
  call.sandbox.upsert('profiles', profileKey, {
    email: typeof profile?.email === 'string' ? profile.email : email,
    eventCount,
    lastEvent: metric,
    lastEventAt: call.now,
    ...(profile ? {} : { createdAt: call.now }),
  });
  call.sandbox.insert('events', { email, metric, properties, value: value ?? '', time: call.now });
  return {};
};

const createCampaign: ActionHandler = (call) => {
  const listId = klaviyoId(call, 'list_id', 'the list ID');
  const templateId = klaviyoId(call, 'template_id', 'the template ID');
  const subject = requiredText(call.fields, 'subject', 'the subject');
  const name = optionalText(call.fields, 'campaign_name') ?? `${subject} – ${call.now.slice(0, 10)}`;
  const fromEmail = optionalText(call.fields, 'from_email') ?? '';
  const fromName = optionalText(call.fields, 'from_name') ?? '';
  const campaignId = call.sandbox.insert('campaigns', {
    name,
    listId,
    templateId,
    subject,
    fromEmail,
    fromName,
    plan: setting(call, 'plan') ?? '',
    status: 'Sent',
    sentAt: call.now,
  });
  return { output: { campaign_id: campaignId } };
};

export const klaviyoAdapter: AppAdapter = {
  appId: 'klaviyo',
  actions: { 'track-event': trackEvent, 'create-campaign': createCampaign },
  collections: { profiles: 'Profiles', events: 'Events', campaigns: 'Campaigns' },
};
