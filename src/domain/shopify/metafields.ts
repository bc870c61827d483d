/**
 * Metafields as the store data keeps them: `{ namespace, key, type, value }`
 * with the value always text, as in Shopify, checked against its type. Used
 * by the record schemas (what a user may save on the Sandbox page) and by the
 * simulated `metafieldsSet` mutation, so both accept and refuse the same.
 */
import { z } from 'zod';

/** The metafield types the store data supports (a subset of Shopify's). */
export const METAFIELD_TYPES = [
  'single_line_text_field',
  'multi_line_text_field',
  'number_integer',
  'number_decimal',
  'boolean',
  'date',
  'date_time',
  'url',
  'json',
  'list.single_line_text_field',
] as const;
export type MetafieldType = (typeof METAFIELD_TYPES)[number];

/** Shopify's rules: namespace 3–255 and key 2–64 characters of letters, digits, `-` and `_`. */
export const MetafieldNamespace = z
  .string()
  .regex(/^[A-Za-z0-9_-]{3,255}$/, 'must be 3 to 255 letters, digits, hyphens or underscores');
export const MetafieldKey = z.string().regex(/^[A-Za-z0-9_-]{2,64}$/, 'must be 2 to 64 letters, digits, hyphens or underscores');

function parsesAsJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Why `value` is not a valid value of a metafield of `type`, in plain words; undefined when it is. */
export function metafieldValueProblem(type: MetafieldType, value: string): string | undefined {
  switch (type) {
    case 'single_line_text_field':
      return /[\r\n]/.test(value) ? 'must be a single line of text' : undefined;
    case 'multi_line_text_field':
      return undefined;
    case 'number_integer':
      return /^-?\d+$/.test(value.trim()) ? undefined : 'must be a whole number, like "120"';
    case 'number_decimal':
      return /^-?\d+(\.\d+)?$/.test(value.trim()) ? undefined : 'must be a number, like "12.50"';
    case 'boolean':
      return value === 'true' || value === 'false' ? undefined : 'must be "true" or "false"';
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : 'must be a date, like "2024-07-15"';
    case 'date_time':
      return /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : 'must be a date and time, like "2024-07-15T10:00:00Z"';
    case 'url':
      return /^https?:\/\/\S+$/.test(value) ? undefined : 'must be a web address starting with http:// or https://';
    case 'json':
      return value.trim() !== '' && parsesAsJson(value) !== undefined ? undefined : 'must be valid JSON';
    case 'list.single_line_text_field': {
      const list = parsesAsJson(value);
      return Array.isArray(list) && list.every((v) => typeof v === 'string') ? undefined : 'must be a JSON list of texts, like ["a","b"]';
    }
  }
}

/** One metafield of a store record. */
export const MetafieldRecord = z
  .strictObject({
    namespace: MetafieldNamespace,
    key: MetafieldKey,
    type: z.enum(METAFIELD_TYPES),
    value: z.string(),
  })
  .superRefine((m, ctx) => {
    const problem = metafieldValueProblem(m.type, m.value);
    if (problem) ctx.addIssue({ code: 'custom', path: ['value'], message: `${problem} (the type is ${m.type})` });
  });
export type MetafieldRecord = z.infer<typeof MetafieldRecord>;

/** A record's metafields: no two with the same namespace and key. */
export const Metafields = z.array(MetafieldRecord).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((m, i) => {
    const id = `${m.namespace}.${m.key}`;
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `${id} is set twice` });
    seen.add(id);
  });
});
