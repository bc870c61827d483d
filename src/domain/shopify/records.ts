/**
 * zod schemas of the store data records as kept in the sandbox (app
 * "shopify", collections customers, orders, products, draft_orders): only
 * the attributes the model marks `stored` (references are kept as ids and
 * resolved when read). A record the user edits on the Sandbox page is parsed
 * with these, so a refusal names the JSON path and the reason; the statuses
 * are Shopify's values in lower case.
 */
import { z } from 'zod';
import { E164_PATTERN } from '../catalog/fieldTypes';
import { Metafields } from './metafields';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Shopify's numeric ids, kept as text (`"5312894021"`). */
export const NumericId = z.string().regex(/^[1-9]\d*$/, 'must be a positive whole number written as text, like "5312894021"');
/** A date and time in ISO 8601. */
export const Timestamp = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), 'must be a date and time (ISO 8601), like "2024-06-03T10:15:42Z"');
const Money = z.number().min(0, 'must not be negative');
const Count = z.number().int('must be a whole number').min(0, 'must not be negative');
const Email = z.string().refine((s) => s === '' || EMAIL.test(s), 'must be an e-mail address like name@example.com, or empty');
const Text = z.string().refine((s) => !/[\r\n]/.test(s), 'must be a single line of text');
const Name = Text.refine((s) => s.trim() !== '', 'must not be empty');
const Currency = z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code, like "PLN"');

/** Shopify's limits on tags: 255 characters each, 250 per object; a comma separates tags, so none holds one. */
export const MAX_TAG_LENGTH = 255;
export const MAX_TAGS = 250;
export const Tags = z
  .array(
    z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(MAX_TAG_LENGTH, `must be at most ${MAX_TAG_LENGTH} characters`)
      .refine((t) => !t.includes(','), 'must not contain a comma (commas separate tags)'),
  )
  .max(MAX_TAGS, `at most ${MAX_TAGS} tags`);

export const ORDER_STATUSES = ['open', 'closed', 'cancelled'] as const;
export const FINANCIAL_STATUSES = ['pending', 'authorized', 'partially_paid', 'paid', 'partially_refunded', 'refunded', 'voided'] as const;
export const FULFILLMENT_STATUSES = ['unfulfilled', 'partial', 'fulfilled', 'scheduled', 'on_hold'] as const;
export const RISK_LEVELS = ['none', 'low', 'medium', 'high'] as const;
export const CUSTOMER_STATES = ['enabled', 'disabled', 'invited', 'declined'] as const;
export const PRODUCT_STATUSES = ['active', 'draft', 'archived'] as const;
export const DRAFT_ORDER_STATUSES = ['open', 'invoice_sent', 'completed'] as const;

export const VariantRecord = z.strictObject({
  id: NumericId,
  title: Text,
  sku: Text,
  price: Money,
  inventory_quantity: z.number().int('must be a whole number'),
});
export type VariantRecord = z.infer<typeof VariantRecord>;

export const LineItemRecord = z.strictObject({
  id: NumericId,
  product_id: NumericId,
  variant_id: NumericId,
  title: Text,
  variant_title: Text,
  sku: Text,
  quantity: Count.min(1, 'must be at least 1'),
  price: Money,
});
export type LineItemRecord = z.infer<typeof LineItemRecord>;

export const CustomerRecord = z.strictObject({
  id: NumericId,
  email: Email,
  first_name: Text,
  last_name: Text,
  phone: z.string().refine((s) => s === '' || E164_PATTERN.test(s), 'must be a phone number in E.164 format, like +48123456789, or empty'),
  state: z.enum(CUSTOMER_STATES),
  tags: Tags,
  note: z.string(),
  orders_count: Count,
  total_spent: Money,
  accepts_marketing: z.boolean(),
  country: z.string().regex(/^([A-Z]{2})?$/, 'must be a two-letter country code, like "PL", or empty'),
  created_at: Timestamp,
  updated_at: Timestamp,
  metafields: Metafields,
});
export type CustomerRecord = z.infer<typeof CustomerRecord>;

/** What orders and draft orders both keep. */
const orderLike = {
  id: NumericId,
  name: Name,
  email: Email,
  customer_id: NumericId.nullable(),
  currency: Currency,
  subtotal_price: Money,
  total_price: Money,
  tags: Tags,
  note: z.string(),
  created_at: Timestamp,
  updated_at: Timestamp,
  line_items: z.array(LineItemRecord),
  metafields: Metafields,
};

export const OrderRecord = z.strictObject({
  ...orderLike,
  order_number: Count,
  status: z.enum(ORDER_STATUSES),
  financial_status: z.enum(FINANCIAL_STATUSES),
  fulfillment_status: z.enum(FULFILLMENT_STATUSES),
  risk_level: z.enum(RISK_LEVELS),
  shipping_price: Money,
  line_items_count: Count,
});
export type OrderRecord = z.infer<typeof OrderRecord>;

export const ProductRecord = z.strictObject({
  id: NumericId,
  title: Name,
  handle: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters and digits joined by hyphens'),
  vendor: Text,
  product_type: Text,
  status: z.enum(PRODUCT_STATUSES),
  tags: Tags,
  total_inventory: z.number().int('must be a whole number'),
  created_at: Timestamp,
  updated_at: Timestamp,
  variants: z.array(VariantRecord).min(1, 'a product has at least one variant'),
  metafields: Metafields,
});
export type ProductRecord = z.infer<typeof ProductRecord>;

export const DraftOrderRecord = z.strictObject({ ...orderLike, status: z.enum(DRAFT_ORDER_STATUSES) });
export type DraftOrderRecord = z.infer<typeof DraftOrderRecord>;

/**
 * The schema of each resource's stored records. (Here rather than beside the
 * resources' names, so that reading the store data pulls no schemas into the
 * app's first bundle.)
 */
export const RECORD_SCHEMA = {
  orders: OrderRecord,
  customers: CustomerRecord,
  products: ProductRecord,
  draft_orders: DraftOrderRecord,
} as const;
