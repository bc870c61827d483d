/**
 * Stamped.io Reviews & UGC (simulated): the review request e-mail Stamped
 * schedules after an order (`reviewRequests`, keyed by order id) and the
 * e-mail addresses that opted out of review requests (`unsubscribes`, keyed
 * by the address in lower case).
 *
 * A request already sent cannot be paused any more: Stamped answers that
 * the e-mail has gone out. A request the sandbox doesn't know yet is taken
 * as scheduled, and pausing it records it as paused.
 */
import { checkFieldValue } from '../../domain/catalog/fieldTypes';
import type { AppAdapter } from '../types';
import { reject, requiredText, triggerResourceId } from './adapterHelpers';

export const stampedReviewsAdapter: AppAdapter = {
  appId: 'stamped-reviews',
  actions: {
    'pause-review-request': (call) => {
      const orderId = triggerResourceId(call, 'order');
      const request = call.sandbox.get('reviewRequests', orderId);
      if (request?.status === 'sent') {
        const when = typeof request.sentAt === 'string' ? ` on ${request.sentAt}` : '';
        reject(`The review request for order ${orderId} was already sent${when}; it can't be paused`);
      }
      call.sandbox.upsert('reviewRequests', orderId, {
        orderId,
        status: 'paused',
        pausedAt: call.now,
      });
      return {};
    },
    'unsubscribe-customer': (call) => {
      const email = requiredText(call.fields, 'email', 'The e-mail address').toLowerCase();
      if (checkFieldValue('email', email)) reject(`"${email}" is not an e-mail address`);
      const already = call.sandbox.get('unsubscribes', email);
      call.sandbox.upsert('unsubscribes', email, {
        email,
        unsubscribedAt: typeof already?.unsubscribedAt === 'string' ? already.unsubscribedAt : call.now,
        lastRequestAt: call.now,
      });
      return {};
    },
  },
  collections: { reviewRequests: 'Review requests', unsubscribes: 'Unsubscribed e-mails' },
};
