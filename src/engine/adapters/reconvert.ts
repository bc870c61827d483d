/**
 * ReConvert (simulated): "Update customer birthday" stores the birthday of
 * the customer the workflow's trigger provides in `birthdays`, keyed by the
 * Shopify customer id. ReConvert takes a real calendar date (YYYY-MM-DD),
 * not in the future and not before 1900.
 */
import type { AppAdapter } from '../types';
import { isCalendarDate, reject, requiredText, today, triggerResourceId } from './adapterHelpers';

export const reconvertAdapter: AppAdapter = {
  appId: 'reconvert',
  actions: {
    'update-customer-birthday': (call) => {
      const customerId = triggerResourceId(call, 'customer');
      const birthday = requiredText(call.fields, 'birthday', 'The birthday');
      if (!isCalendarDate(birthday)) {
        reject(`The birthday "${birthday}" is not a date in the form YYYY-MM-DD, like 1990-05-17`);
      }
      // ISO dates compare as text.
      const day = today(call);
      if (birthday > day) reject(`The birthday ${birthday} is in the future (today is ${day})`);
      if (birthday < '1900-01-01') reject(`The birthday ${birthday} is before 1900`);
      const previous = call.sandbox.get('birthdays', customerId)?.birthday;
      call.sandbox.upsert('birthdays', customerId, {
        customerId,
        birthday,
        previousBirthday: typeof previous === 'string' && previous !== birthday ? previous : null,
        updatedAt: call.now,
      });
      return {};
    },
  },
  collections: { birthdays: 'Customer birthdays' },
};
