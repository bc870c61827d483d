/**
 * Simulated AgeChecked: verifies the customer of an order. The outcome is
 * deterministic: an even order number passes, an odd one fails. Every check is
 * recorded, and when the trigger tells us who the customer is, AgeChecked
 * notifies Flow with its success or failure trigger.
 */
import type { ActionHandler, AppAdapter, EmittedEvent } from '../types';
import { plainResourceId, reject, requiredResourceId, setting, triggerEmail } from './adapterHelpers';

const ALLOWED_AGES = [16, 18, 21];
const DEFAULT_MINIMUM_AGE = 18;

const verifyOrderCustomerAge: ActionHandler = (call) => {
  const orderId = requiredResourceId(call.fields, 'order_id', 'the order ID');
  const configured = setting(call, 'minimumAge');
  const minimumAge = configured === undefined ? DEFAULT_MINIMUM_AGE : Number(configured);
  if (!ALLOWED_AGES.includes(minimumAge)) {
    reject(`the minimum age in the AgeChecked setup ("${configured}") must be one of ${ALLOWED_AGES.join(', ')}`);
  }

  const passed = Number(orderId.at(-1)) % 2 === 0;
  const status = passed ? 'passed' : 'failed';
  const failureReason = passed ? undefined : `the customer could not be verified as ${minimumAge} or older`;
  const customerId = plainResourceId(call.event.payload.customer_id);
  const customerEmail = customerId === undefined ? undefined : triggerEmail(call, customerId);

  const verificationId = call.sandbox.insert('verifications', {
    orderId,
    customerId: customerId ?? '',
    customerEmail: customerEmail ?? '',
    minimumAge,
    status,
    failureReason: failureReason ?? '',
    checkedAt: call.now,
  });

  const emits: EmittedEvent[] = [];
  if (customerId !== undefined && customerEmail !== undefined) {
    const common = {
      customer_id: customerId,
      customer_email: customerEmail,
      verification_id: verificationId,
      minimum_age: minimumAge,
      checked_at: call.now,
    };
    emits.push(
      passed
        ? { app: 'agechecked', trigger: 'customer-age-check-succeeded', payload: common }
        : {
            app: 'agechecked',
            trigger: 'customer-age-check-failed',
            payload: { ...common, failure_reason: failureReason },
          },
    );
  }
  return { output: { verification_id: verificationId, verification_status: status }, emits };
};

export const agecheckedAdapter: AppAdapter = {
  appId: 'agechecked',
  actions: { 'verify-order-customer-age': verifyOrderCustomerAge },
  collections: { verifications: 'Age verifications' },
};
