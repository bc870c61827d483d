/**
 * The object types of the Shopify data model, as data: a small, honest
 * subset of Shopify's Admin objects (the REST resources' snake_case names,
 * with GraphQL's type names for global ids). Only what workflows, the
 * search filters and the simulated mutations use is here; docs/store-data.md
 * lists it. Types and helpers are in model.ts.
 *
 * Timestamps are ISO 8601 text (the catalog has no date type, so they are
 * compared as text or, by the search, as instants); money is a decimal in
 * the order's currency; statuses are Shopify's values in lower case.
 */
import type { DataType } from '../catalog/dataTypes';
import { TEXT_LIST } from '../catalog/dataTypes';
import type { FieldFormat } from '../catalog/fieldTypes';
import type { AttributeDef, AttributeSource, ObjectTypeDef, ShopifyType } from './model';

export const OBJECT_TYPE_NAMES = ['shop', 'customer', 'order', 'line_item', 'product', 'variant', 'draft_order', 'metafield'] as const;
export type ObjectTypeName = (typeof OBJECT_TYPE_NAMES)[number];

const STORED: AttributeSource = { kind: 'stored' };

function attr(key: string, en: string, pl: string, type: ShopifyType, source: AttributeSource = STORED): AttributeDef {
  return { key, label: { en, pl }, type, source };
}
const value = (type: DataType, format?: FieldFormat): ShopifyType =>
  format ? { kind: 'value', type, format } : { kind: 'value', type };
const TEXT = value('single_line_text_field');
const NOTE = value('multi_line_text_field');
const INT = value('number_integer');
const MONEY = value('number_decimal');
const TIME = TEXT;
const TAGS = value(TEXT_LIST);

const gidAttr = attr('admin_graphql_api_id', 'Admin API ID', 'ID w Admin API', TEXT, { kind: 'derived' });
const tagsAttr = attr('tags', 'Tags', 'Tagi', TAGS);
const noteAttr = attr('note', 'Note', 'Notatka', NOTE);
const createdAt = attr('created_at', 'Created at', 'Data utworzenia', TIME);
const updatedAt = attr('updated_at', 'Updated at', 'Data aktualizacji', TIME);
const metafields = attr('metafields', 'Metafields', 'Metapola', { kind: 'objects', object: 'metafield' });
const customerRef = [
  attr('customer_id', 'Customer ID', 'ID klienta', value('customer_reference')),
  attr('customer', 'Customer', 'Klient', { kind: 'object', object: 'customer' }, { kind: 'reference', idKey: 'customer_id' }),
];
const lineItems = attr('line_items', 'Line items', 'Pozycje', { kind: 'objects', object: 'line_item' });
const currency = attr('currency', 'Currency', 'Waluta', TEXT);
const subtotal = attr('subtotal_price', 'Subtotal', 'Suma częściowa', MONEY);
const total = attr('total_price', 'Total price', 'Wartość całkowita', MONEY);
/** What orders and draft orders both end with. */
const orderTail = [tagsAttr, noteAttr, createdAt, updatedAt, lineItems, metafields];

const SHOP: ObjectTypeDef = {
  name: 'shop',
  label: { en: 'Shop', pl: 'Sklep' },
  graphqlType: 'Shop',
  attributes: [
    attr('name', 'Shop name', 'Nazwa sklepu', TEXT),
    attr('email', 'Shop e-mail', 'E-mail sklepu', value('email')),
    attr('currency', 'Currency', 'Waluta', TEXT),
    attr('myshopify_domain', 'myshopify.com domain', 'Domena myshopify.com', TEXT),
  ],
};

const CUSTOMER: ObjectTypeDef = {
  name: 'customer',
  label: { en: 'Customer', pl: 'Klient' },
  graphqlType: 'Customer',
  attributes: [
    attr('id', 'Customer ID', 'ID klienta', value('customer_reference')),
    gidAttr,
    attr('email', 'E-mail', 'E-mail', value('email')),
    attr('first_name', 'First name', 'Imię', TEXT),
    attr('last_name', 'Last name', 'Nazwisko', TEXT),
    attr('phone', 'Phone', 'Telefon', value('single_line_text_field', 'e164')),
    attr('state', 'Account state', 'Stan konta', TEXT),
    tagsAttr,
    noteAttr,
    attr('orders_count', 'Number of orders', 'Liczba zamówień', INT),
    attr('total_spent', 'Total spent', 'Łączne wydatki', MONEY),
    attr('accepts_marketing', 'Accepts marketing', 'Zgoda na marketing', value('boolean')),
    attr('country', 'Country', 'Kraj', TEXT),
    createdAt,
    updatedAt,
    attr('orders', 'Orders', 'Zamówienia', { kind: 'objects', object: 'order' }, { kind: 'inverse', idKey: 'customer_id' }),
    metafields,
  ],
};

const ORDER: ObjectTypeDef = {
  name: 'order',
  label: { en: 'Order', pl: 'Zamówienie' },
  graphqlType: 'Order',
  attributes: [
    attr('id', 'Order ID', 'ID zamówienia', value('order_reference')),
    gidAttr,
    attr('name', 'Order number', 'Numer zamówienia', TEXT),
    attr('order_number', 'Order number (digits)', 'Numer zamówienia (cyfry)', INT),
    attr('email', 'Customer e-mail', 'E-mail klienta', value('email')),
    ...customerRef,
    attr('status', 'Status', 'Status', TEXT),
    attr('financial_status', 'Payment status', 'Status płatności', TEXT),
    attr('fulfillment_status', 'Fulfillment status', 'Status realizacji', TEXT),
    attr('risk_level', 'Risk level', 'Poziom ryzyka', TEXT),
    currency,
    subtotal,
    attr('shipping_price', 'Shipping', 'Wysyłka', MONEY),
    total,
    attr('line_items_count', 'Number of line items', 'Liczba pozycji', INT),
    ...orderTail,
  ],
};

const LINE_ITEM: ObjectTypeDef = {
  name: 'line_item',
  label: { en: 'Line item', pl: 'Pozycja' },
  graphqlType: 'LineItem',
  attributes: [
    attr('id', 'Line item ID', 'ID pozycji', TEXT),
    attr('product_id', 'Product ID', 'ID produktu', value('product_reference')),
    attr('product', 'Product', 'Produkt', { kind: 'object', object: 'product' }, { kind: 'reference', idKey: 'product_id' }),
    attr('variant_id', 'Variant ID', 'ID wariantu', TEXT),
    attr('variant', 'Variant', 'Wariant', { kind: 'object', object: 'variant' }, { kind: 'reference', idKey: 'variant_id' }),
    attr('title', 'Title', 'Nazwa', TEXT),
    attr('variant_title', 'Variant title', 'Nazwa wariantu', TEXT),
    attr('sku', 'SKU', 'SKU', TEXT),
    attr('quantity', 'Quantity', 'Ilość', INT),
    attr('price', 'Price', 'Cena', MONEY),
  ],
};

const PRODUCT: ObjectTypeDef = {
  name: 'product',
  label: { en: 'Product', pl: 'Produkt' },
  graphqlType: 'Product',
  attributes: [
    attr('id', 'Product ID', 'ID produktu', value('product_reference')),
    gidAttr,
    attr('title', 'Title', 'Nazwa', TEXT),
    attr('handle', 'Handle', 'Uchwyt', TEXT),
    attr('vendor', 'Vendor', 'Dostawca', TEXT),
    attr('product_type', 'Product type', 'Typ produktu', TEXT),
    attr('status', 'Status', 'Status', TEXT),
    tagsAttr,
    attr('total_inventory', 'Total inventory', 'Łączny stan magazynowy', INT),
    createdAt,
    updatedAt,
    attr('variants', 'Variants', 'Warianty', { kind: 'objects', object: 'variant' }),
    metafields,
  ],
};

const VARIANT: ObjectTypeDef = {
  name: 'variant',
  label: { en: 'Variant', pl: 'Wariant' },
  graphqlType: 'ProductVariant',
  attributes: [
    attr('id', 'Variant ID', 'ID wariantu', TEXT),
    attr('title', 'Title', 'Nazwa', TEXT),
    attr('sku', 'SKU', 'SKU', TEXT),
    attr('price', 'Price', 'Cena', MONEY),
    attr('inventory_quantity', 'Inventory', 'Stan magazynowy', INT),
  ],
};

const DRAFT_ORDER: ObjectTypeDef = {
  name: 'draft_order',
  label: { en: 'Draft order', pl: 'Wersja robocza zamówienia' },
  graphqlType: 'DraftOrder',
  attributes: [
    attr('id', 'Draft order ID', 'ID wersji roboczej', TEXT),
    gidAttr,
    attr('name', 'Draft number', 'Numer wersji roboczej', TEXT),
    attr('status', 'Status', 'Status', TEXT),
    attr('email', 'Customer e-mail', 'E-mail klienta', value('email')),
    ...customerRef,
    currency,
    subtotal,
    total,
    ...orderTail,
  ],
};

const METAFIELD: ObjectTypeDef = {
  name: 'metafield',
  label: { en: 'Metafield', pl: 'Metapole' },
  graphqlType: 'Metafield',
  attributes: [
    attr('namespace', 'Namespace', 'Przestrzeń nazw', TEXT),
    attr('key', 'Key', 'Klucz', TEXT),
    attr('type', 'Type', 'Typ', TEXT),
    attr('value', 'Value', 'Wartość', NOTE),
  ],
};

/** Every object type of the model, by name. */
export const OBJECT_TYPES: Readonly<Record<ObjectTypeName, ObjectTypeDef>> = {
  shop: SHOP,
  customer: CUSTOMER,
  order: ORDER,
  line_item: LINE_ITEM,
  product: PRODUCT,
  variant: VARIANT,
  draft_order: DRAFT_ORDER,
  metafield: METAFIELD,
};
