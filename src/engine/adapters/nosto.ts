/**
 * Simulated Nosto segments: a customer is added to a segment by the
 * segment's ID (one token, no spaces); adding a member twice keeps one
 * membership.
 */
import type { ActionHandler, AppAdapter } from '../types';
import { reject, requiredResourceId, requiredText } from './adapterHelpers';

const SEGMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

const addCustomerToSegment: ActionHandler = (call) => {
  const customerId = requiredResourceId(call.fields, 'customer_id', 'the customer ID');
  const segmentId = requiredText(call.fields, 'segment_id', 'the segment ID');
  if (!SEGMENT_ID.test(segmentId)) {
    reject(`"${segmentId}" is not a Nosto segment ID: it must be the ID of the segment (letters and digits, no spaces), not its name`);
  }
  const segment = call.sandbox.get('segments', segmentId);
  const members = Array.isArray(segment?.members) ? segment.members.map(String) : [];
  const alreadyMember = members.includes(customerId);
  call.sandbox.upsert('segments', segmentId, {
    segmentId,
    members: alreadyMember ? members : [...members, customerId],
    memberCount: alreadyMember ? members.length : members.length + 1,
    updatedAt: call.now,
  });
  const membershipId = `${segmentId}:${customerId}`;
  const membership = call.sandbox.get('memberships', membershipId);
  call.sandbox.upsert('memberships', membershipId, {
    segmentId,
    customerId,
    addedAt: typeof membership?.addedAt === 'string' ? membership.addedAt : call.now,
    lastRequestedAt: call.now,
  });
  return {};
};

export const nostoAdapter: AppAdapter = {
  appId: 'nosto',
  actions: { 'add-customer-to-segment': addCustomerToSegment },
  collections: { segments: 'Segments', memberships: 'Segment memberships' },
};
