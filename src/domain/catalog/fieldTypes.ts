/**
 * Field types of the connector catalog: the types Shopify Flow uses for
 * trigger payload fields and action inputs in app extensions, plus the value
 * checks each type implies. Pure: used by the catalog, the editor's inline
 * validation and the engine's pre-call validation alike.
 */
import { z } from 'zod';

export const FIELD_TYPES = [
  'single_line_text_field',
  'multi_line_text_field',
  'number_integer',
  'number_decimal',
  'boolean',
  'email',
  'url',
  'customer_reference',
  'order_reference',
  'product_reference',
] as const;

export const FieldType = z.enum(FIELD_TYPES);
export type FieldType = z.infer<typeof FieldType>;

/** Shopify resources a reference field points to. */
export const REFERENCE_RESOURCES = ['customer', 'order', 'product'] as const;
export const ReferenceResource = z.enum(REFERENCE_RESOURCES);
export type ReferenceResource = z.infer<typeof ReferenceResource>;

/** The payload key a reference type puts in a trigger payload, as Shopify Flow does. */
export const REFERENCE_PAYLOAD_KEY: Record<ReferenceResource, string> = {
  customer: 'customer_id',
  order: 'order_id',
  product: 'product_id',
};

/** The resource a field type refers to, or undefined for a plain value type. */
export function referencedResource(type: FieldType): ReferenceResource | undefined {
  switch (type) {
    case 'customer_reference':
      return 'customer';
    case 'order_reference':
      return 'order';
    case 'product_reference':
      return 'product';
    default:
      return undefined;
  }
}

/**
 * Extra validation some fields carry beyond their type: `e164` for phone
 * numbers the seed says must be in E.164 format.
 */
export const FieldFormat = z.enum(['e164']);
export type FieldFormat = z.infer<typeof FieldFormat>;

/** E.164: a plus sign, a country code that does not start with 0, at most 15 digits in all. */
export const E164_PATTERN = /^\+[1-9]\d{1,14}$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Shopify resource ids are positive integers; GIDs (gid://shopify/Order/1) are accepted too. */
const RESOURCE_ID_PATTERN = /^(?:[1-9]\d*|gid:\/\/shopify\/(?:Customer|Order|Product)\/[1-9]\d*)$/;

/** Why a value does not fit its field, as a stable code (the UI words it in each language). */
export type FieldValueIssue =
  | { readonly code: 'text' | 'single-line' | 'whole-number' | 'number' | 'boolean' | 'email' | 'url' | 'phone' }
  | { readonly code: 'reference'; readonly resource: ReferenceResource };

const ISSUE_WORDS: Record<Exclude<FieldValueIssue['code'], 'reference'>, string> = {
  text: 'must be text',
  'single-line': 'must be a single line of text',
  'whole-number': 'must be a whole number',
  number: 'must be a number',
  boolean: 'must be true or false',
  email: 'must be an e-mail address like name@example.com',
  url: 'must be a web address starting with http:// or https://',
  phone: 'must be a phone number in E.164 format, like +48123456789',
};

/** The English words of an issue ("must be a whole number"). */
export function describeFieldValueIssue(issue: FieldValueIssue): string {
  if (issue.code === 'reference') {
    return `must be ${issue.resource === 'order' ? 'an' : 'a'} ${issue.resource} ID (a positive whole number)`;
  }
  return ISSUE_WORDS[issue.code];
}

/**
 * Checks one value against a field type (and optional format).
 * Returns a plain-words reason when the value is invalid, or undefined when it is fine.
 * Strings for numbers are accepted when they parse (values typed into a form are text).
 */
export function checkFieldValue(
  type: FieldType,
  value: unknown,
  format?: FieldFormat,
): string | undefined {
  const issue = fieldValueIssue(type, value, format);
  return issue && describeFieldValueIssue(issue);
}

/** Like {@link checkFieldValue}, with the reason as a code. */
export function fieldValueIssue(type: FieldType, value: unknown, format?: FieldFormat): FieldValueIssue | undefined {
  switch (type) {
    case 'single_line_text_field':
      if (typeof value !== 'string') return { code: 'text' };
      if (/[\r\n]/.test(value)) return { code: 'single-line' };
      break;
    case 'multi_line_text_field':
      if (typeof value !== 'string') return { code: 'text' };
      break;
    case 'number_integer': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isInteger(n)) return { code: 'whole-number' };
      break;
    }
    case 'number_decimal': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n)) return { code: 'number' };
      break;
    }
    case 'boolean':
      if (typeof value !== 'boolean' && value !== 'true' && value !== 'false') return { code: 'boolean' };
      break;
    case 'email':
      if (typeof value !== 'string' || !EMAIL_PATTERN.test(value)) return { code: 'email' };
      break;
    case 'url':
      if (typeof value !== 'string' || !isHttpUrl(value)) return { code: 'url' };
      break;
    case 'customer_reference':
    case 'order_reference':
    case 'product_reference': {
      const s = typeof value === 'number' ? String(value) : value;
      if (typeof s !== 'string' || !RESOURCE_ID_PATTERN.test(s)) return { code: 'reference', resource: resourceOf(type) };
      break;
    }
  }
  if (format === 'e164' && (typeof value !== 'string' || !E164_PATTERN.test(value))) return { code: 'phone' };
  return undefined;
}

function resourceOf(type: 'customer_reference' | 'order_reference' | 'product_reference'): ReferenceResource {
  return type === 'order_reference' ? 'order' : type === 'product_reference' ? 'product' : 'customer';
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
