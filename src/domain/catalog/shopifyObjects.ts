/**
 * The Shopify objects a trigger's reference fields point to (customer, order,
 * product): which attributes a workflow can read from each, their types and
 * the sample values test runs use. A deliberately small model of Shopify's
 * Admin API objects, keyed in snake_case like the trigger payloads, so
 * `customer.email` in a condition or in Liquid means the same thing
 * everywhere.
 *
 * Timestamps (`created_at`) are ISO 8601 text, as in the trigger manifests:
 * the catalog has no date type, so they are compared as text.
 */
import type { LocalizedText } from './manifest';
import { type FieldFormat, type FieldType, type ReferenceResource, checkFieldValue } from './fieldTypes';

/** A list of text values, like a customer's tags. Named as Shopify names list metafield types. */
export const TEXT_LIST = 'list.single_line_text_field';

/** The type of a value a workflow can read: a catalog field type, or a list of text. */
export type DataType = FieldType | typeof TEXT_LIST;

/** True for list types (today only lists of text). */
export function isListType(type: DataType): type is typeof TEXT_LIST {
  return type === TEXT_LIST;
}

/**
 * Checks one value against a data type; like {@link checkFieldValue}, it
 * returns a plain-words reason when invalid and undefined when fine.
 */
export function checkDataValue(type: DataType, value: unknown, format?: FieldFormat): string | undefined {
  if (isListType(type)) {
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? undefined : 'must be a list of text';
  }
  return checkFieldValue(type, value, format);
}

/** One readable attribute of a Shopify object. */
export interface ObjectAttribute {
  /** snake_case key: `customer.<key>` in conditions and Liquid. */
  readonly key: string;
  readonly label: LocalizedText;
  readonly type: DataType;
  readonly format?: FieldFormat;
  /** The value sample data uses; valid for `type`. */
  readonly sample: unknown;
}

export interface ShopifyObjectDef {
  readonly resource: ReferenceResource;
  readonly label: LocalizedText;
  readonly attributes: readonly ObjectAttribute[];
}

const attr = (
  key: string,
  en: string,
  pl: string,
  type: DataType,
  sample: unknown,
  format?: FieldFormat,
): ObjectAttribute => ({ key, label: { en, pl }, type, sample, ...(format ? { format } : {}) });

// Samples match the built-in Shopify triggers' sample payloads (same ids,
// customer and order), so a sample run reads one consistent story.
const CUSTOMER: ShopifyObjectDef = {
  resource: 'customer',
  label: { en: 'Customer', pl: 'Klient' },
  attributes: [
    attr('id', 'Customer ID', 'ID klienta', 'customer_reference', '7054216839'),
    attr('email', 'E-mail', 'E-mail', 'email', 'anna.kowalska@example.pl'),
    attr('first_name', 'First name', 'Imię', 'single_line_text_field', 'Anna'),
    attr('last_name', 'Last name', 'Nazwisko', 'single_line_text_field', 'Kowalska'),
    attr('phone', 'Phone', 'Telefon', 'single_line_text_field', '+48601234567', 'e164'),
    attr('tags', 'Tags', 'Tagi', TEXT_LIST, ['vip', 'newsletter']),
    attr('orders_count', 'Number of orders', 'Liczba zamówień', 'number_integer', 7),
    attr('total_spent', 'Total spent', 'Łączne wydatki', 'number_decimal', 1843.5),
    attr('accepts_marketing', 'Accepts marketing', 'Zgoda na marketing', 'boolean', true),
    attr('created_at', 'Created at', 'Data utworzenia', 'single_line_text_field', '2023-02-14T09:30:00+01:00'),
  ],
};

const ORDER: ShopifyObjectDef = {
  resource: 'order',
  label: { en: 'Order', pl: 'Zamówienie' },
  attributes: [
    attr('id', 'Order ID', 'ID zamówienia', 'order_reference', '5312894021'),
    attr('name', 'Order number', 'Numer zamówienia', 'single_line_text_field', '#1052'),
    attr('email', 'Customer e-mail', 'E-mail klienta', 'email', 'anna.kowalska@example.pl'),
    attr('total_price', 'Total price', 'Wartość całkowita', 'number_decimal', 249.99),
    attr('subtotal_price', 'Subtotal', 'Suma częściowa', 'number_decimal', 229.99),
    attr('currency', 'Currency', 'Waluta', 'single_line_text_field', 'PLN'),
    attr('financial_status', 'Payment status', 'Status płatności', 'single_line_text_field', 'paid'),
    attr('fulfillment_status', 'Fulfillment status', 'Status realizacji', 'single_line_text_field', 'unfulfilled'),
    attr('tags', 'Tags', 'Tagi', TEXT_LIST, ['gift']),
    attr('line_items_count', 'Number of line items', 'Liczba pozycji', 'number_integer', 2),
    attr('created_at', 'Created at', 'Data utworzenia', 'single_line_text_field', '2024-06-03T10:15:42+02:00'),
    attr('customer_id', 'Customer ID', 'ID klienta', 'customer_reference', '7054216839'),
  ],
};

const PRODUCT: ShopifyObjectDef = {
  resource: 'product',
  label: { en: 'Product', pl: 'Produkt' },
  attributes: [
    attr('id', 'Product ID', 'ID produktu', 'product_reference', '8123456789'),
    attr('title', 'Title', 'Nazwa', 'single_line_text_field', 'Plecak miejski Tatra 20 l'),
    attr('vendor', 'Vendor', 'Dostawca', 'single_line_text_field', 'Górska Pracownia'),
    attr('product_type', 'Product type', 'Typ produktu', 'single_line_text_field', 'Plecaki'),
    attr('tags', 'Tags', 'Tagi', TEXT_LIST, ['outdoor', 'bestseller']),
    attr('status', 'Status', 'Status', 'single_line_text_field', 'active'),
    attr('total_inventory', 'Total inventory', 'Łączny stan magazynowy', 'number_integer', 42),
    attr('created_at', 'Created at', 'Data utworzenia', 'single_line_text_field', '2024-03-01T08:00:00+01:00'),
  ],
};

/** Every Shopify object a trigger can reference, by resource. */
export const SHOPIFY_OBJECTS: Readonly<Record<ReferenceResource, ShopifyObjectDef>> = {
  customer: CUSTOMER,
  order: ORDER,
  product: PRODUCT,
};

/** The attribute `key` of a resource, or undefined when it has none. */
export function findAttribute(resource: ReferenceResource, key: string): ObjectAttribute | undefined {
  return SHOPIFY_OBJECTS[resource].attributes.find((a) => a.key === key);
}

/**
 * A sample object of the resource built from the attributes' samples.
 * `overrides` replaces values (e.g. `{ id: '42' }` to match a trigger's sample payload).
 * Lists are copied, so callers may change the result.
 */
export function sampleObject(
  resource: ReferenceResource,
  overrides: Readonly<Record<string, unknown>> = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const a of SHOPIFY_OBJECTS[resource].attributes) {
    out[a.key] = Array.isArray(a.sample) ? [...(a.sample as unknown[])] : a.sample;
  }
  return { ...out, ...overrides };
}
