/**
 * Small readers and checks shared by the simulated adapters. Fields arrive
 * already checked against their manifest types, but values typed into a form
 * may still be text ("12", "true") and optional fields may be empty strings
 * after Liquid rendering; these helpers read them the same way everywhere and
 * turn a bad value into a permanent AdapterError in plain words.
 */
import { checkFieldValue } from '../../domain/catalog/fieldTypes';
import { findInstallation } from '../../domain/org/organization';
import { ownValue } from '../../domain/ownKeys';
import { AdapterError, type ActionCall } from '../types';

/** Stops the call: the service would refuse this input (HTTP 400-like), so retrying cannot help. */
export function reject(reason: string): never {
  throw new AdapterError('permanent', reason, 400);
}

/** A text field trimmed; undefined when absent or blank. */
export function optionalText(fields: Record<string, unknown>, key: string): string | undefined {
  const value = ownValue(fields, key);
  if (value === undefined || value === null) return undefined;
  const text = (typeof value === 'string' ? value : String(value)).trim();
  return text === '' ? undefined : text;
}

/** A text field that must not be blank; `label` names it in the error. */
export function requiredText(fields: Record<string, unknown>, key: string, label: string): string {
  const text = optionalText(fields, key);
  if (text === undefined) reject(`${label} is empty`);
  return text;
}

/** A number field (number or numeric text); undefined when absent or blank. */
export function optionalNumber(fields: Record<string, unknown>, key: string, label: string): number | undefined {
  const value = ownValue(fields, key);
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return undefined;
  }
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) reject(`${label} must be a number, not "${String(value)}"`);
  return n;
}

export function requiredNumber(fields: Record<string, unknown>, key: string, label: string): number {
  const n = optionalNumber(fields, key, label);
  if (n === undefined) reject(`${label} is empty`);
  return n;
}

/** A boolean field (true/false or "true"/"false"); undefined when absent or blank. */
export function optionalBoolean(fields: Record<string, unknown>, key: string): boolean | undefined {
  const value = ownValue(fields, key);
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

const GID = /^gid:\/\/shopify\/(?:Customer|Order|Product)\/([1-9]\d*)$/;

/** A Shopify resource id as its plain number text ("gid://shopify/Order/12" → "12"); undefined when not an id. */
export function plainResourceId(value: unknown): string | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (/^[1-9]\d*$/.test(text)) return text;
  return GID.exec(text)?.[1];
}

/** A required reference field (customer_id, order_id, product_id) as plain id text. */
export function requiredResourceId(fields: Record<string, unknown>, key: string, label: string): string {
  const id = plainResourceId(ownValue(fields, key));
  if (id === undefined) reject(`${label} "${String(ownValue(fields, key) ?? '')}" is not a valid ID`);
  return id;
}

/**
 * The order, customer or product the workflow's trigger provides (for actions
 * whose manifest `needs` it without taking it as an input).
 */
export function triggerResourceId(call: ActionCall, resource: 'order' | 'customer' | 'product'): string {
  const key = `${resource}_id`;
  const id = plainResourceId(ownValue(call.event.payload, key));
  if (id === undefined) {
    reject(`the workflow's trigger provides no ${resource}, so there is no ${resource} to act on`);
  }
  return id;
}

/**
 * The customer's e-mail from the trigger payload (email or customer_email), when
 * the payload is about this customer (or names no customer at all).
 */
export function triggerEmail(call: ActionCall, customerId?: string): string | undefined {
  const payload = call.event.payload;
  const payloadCustomer = plainResourceId(payload.customer_id);
  if (customerId !== undefined && payloadCustomer !== undefined && payloadCustomer !== customerId) return undefined;
  for (const key of ['customer_email', 'email']) {
    const value = ownValue(payload, key);
    if (typeof value === 'string' && checkFieldValue('email', value) === undefined) return value;
  }
  return undefined;
}

/** A non-secret setup value of this app in this store; undefined when not set. */
export function setting(call: ActionCall, key: string): string | undefined {
  const value = ownValue(findInstallation(call.org, call.storeId, call.appId)?.settings, key)?.trim();
  return value ? value : undefined;
}

/** Comma-separated text as trimmed, non-empty items. */
export function splitList(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Drops repeats ignoring case, keeping the first spelling and the order. */
export { uniqueIgnoringCase } from '../../domain/shopify/tags';

/** Reads a JSON object field (event properties...); undefined when blank. */
export function optionalJsonObject(
  fields: Record<string, unknown>,
  key: string,
  label: string,
): Record<string, unknown> | undefined {
  const text = optionalText(fields, key);
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    reject(`${label} must be a JSON object like {"source": "flow"}, but it is not valid JSON`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    reject(`${label} must be a JSON object like {"source": "flow"}`);
  }
  return parsed as Record<string, unknown>;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An optional YYYY-MM-DD field; rejects anything else. */
export function optionalDate(fields: Record<string, unknown>, key: string, label: string): string | undefined {
  const text = optionalText(fields, key);
  if (text !== undefined && !isCalendarDate(text)) {
    reject(`${label} "${text}" is not a date in the form YYYY-MM-DD, like 2025-03-14`);
  }
  return text;
}

/** The day of the simulated clock (YYYY-MM-DD, UTC). */
export function today(call: ActionCall): string {
  return call.now.slice(0, 10);
}

/** A stable 32-bit hash of a text (FNV-1a), for simulated values that must not change between runs. */
export { hashText } from '../../domain/seeded';
