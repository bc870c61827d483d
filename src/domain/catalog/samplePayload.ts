/**
 * Sample values generated from field declarations: the payload a trigger of
 * a custom app fires with when its manifest brings no `samplePayload`, and
 * the outputs the generic simulated adapter returns. Each value passes
 * checkFieldValue for its type and format, so a generated payload is always
 * one the simulator accepts.
 */
import type { FieldDef } from './manifest';
import type { FieldType } from './fieldTypes';

const BY_TYPE: Record<FieldType, (key: string) => unknown> = {
  single_line_text_field: (key) => `Sample ${key.replace(/_/g, ' ')}`,
  multi_line_text_field: (key) => `Sample ${key.replace(/_/g, ' ')}`,
  number_integer: () => 1,
  number_decimal: () => 9.99,
  boolean: () => true,
  email: () => 'customer@example.com',
  url: () => 'https://example.com/',
  customer_reference: () => '7054216839',
  order_reference: () => '5123456789',
  product_reference: () => '8123456789',
};

/** A valid sample value for one field (an E.164 number for `format: "e164"`). */
export function sampleValue(field: Pick<FieldDef, 'key' | 'type' | 'format'>): unknown {
  if (field.format === 'e164') return '+48123456789';
  return BY_TYPE[field.type](field.key);
}

/** A sample object with a value for every field, keyed like the fields. */
export function generateSamplePayload(fields: readonly Pick<FieldDef, 'key' | 'type' | 'format'>[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f.key, sampleValue(f)]));
}
