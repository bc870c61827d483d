/**
 * Scribeless (simulated): "Add new recipient" queues a handwritten letter to
 * a postal address in an existing campaign. Recipients go to `recipients`;
 * `campaigns` (keyed by campaign id) counts them per campaign.
 *
 * Scribeless needs a full postal address (name, first address line, city,
 * postal code, country) and limits the handwritten message, since it has to
 * fit on the card.
 */
import type { AppAdapter } from '../types';
import { optionalText, reject, requiredText } from './adapterHelpers';
import { checkMaxLength, compact } from './adapterExtras';

const CUSTOM_MESSAGE_MAX_LENGTH = 1000;
const CAMPAIGN_ID = /^[A-Za-z0-9_-]+$/;

export const scribelessAdapter: AppAdapter = {
  appId: 'scribeless',
  actions: {
    'add-recipient': (call) => {
      const campaignId = requiredText(call.fields, 'campaign_id', 'The campaign ID');
      if (!CAMPAIGN_ID.test(campaignId)) {
        reject(`"${campaignId}" is not a Scribeless campaign ID (letters, digits, - and _ only)`);
      }
      const recipient = {
        firstName: requiredText(call.fields, 'first_name', 'The first name'),
        lastName: requiredText(call.fields, 'last_name', 'The last name'),
        company: optionalText(call.fields, 'company'),
        addressLine1: requiredText(call.fields, 'address_line_1', 'Address line 1'),
        addressLine2: optionalText(call.fields, 'address_line_2'),
        city: requiredText(call.fields, 'city', 'The city'),
        postalCode: requiredText(call.fields, 'postal_code', 'The postal code'),
        country: requiredText(call.fields, 'country', 'The country'),
        customMessage: optionalText(call.fields, 'custom_message'),
      };
      checkMaxLength(recipient.postalCode, 12, 'The postal code');
      if (recipient.customMessage) {
        checkMaxLength(recipient.customMessage, CUSTOM_MESSAGE_MAX_LENGTH, 'The custom message');
      }
      const id = call.sandbox.insert(
        'recipients',
        compact({ campaignId, ...recipient, status: 'queued for writing', addedAt: call.now }),
      );
      const count = call.sandbox.list('recipients').filter((r) => r.campaignId === campaignId).length;
      call.sandbox.upsert('campaigns', campaignId, { campaignId, recipients: count, updatedAt: call.now });
      return { output: { recipient_id: id } };
    },
  },
  collections: { recipients: 'Recipients', campaigns: 'Campaigns' },
};
