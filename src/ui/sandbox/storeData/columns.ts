/**
 * How the Store data tables show each resource: the columns after the
 * record's name (model attributes, labelled by the model in the UI's
 * language), a record's display name, and cell values as text (numbers,
 * money and times the language's way; statuses as the data holds them,
 * since conditions and queries compare those very values).
 */
import { labelOf } from '../../../domain/shopify/model';
import { RESOURCE_OBJECT, type StoreResource } from '../../../domain/shopify/storeResources';
import type { Language } from '../../i18n';

export type CellKind = 'text' | 'code' | 'number' | 'money' | 'time' | 'tags';

export interface ColumnDef {
  /** The record's attribute shown. */
  readonly key: string;
  readonly kind: CellKind;
}

const c = (key: string, kind: CellKind = 'text'): ColumnDef => ({ key, kind });

export const COLUMNS: Readonly<Record<StoreResource, readonly ColumnDef[]>> = {
  orders: [c('email'), c('created_at', 'time'), c('financial_status', 'code'), c('fulfillment_status', 'code'), c('total_price', 'money'), c('tags', 'tags')],
  customers: [c('email'), c('orders_count', 'number'), c('total_spent', 'money'), c('state', 'code'), c('tags', 'tags')],
  products: [c('vendor'), c('product_type'), c('status', 'code'), c('total_inventory', 'number'), c('tags', 'tags')],
  draft_orders: [c('email'), c('status', 'code'), c('total_price', 'money'), c('tags', 'tags')],
};

/** Example queries for the search box (Shopify search syntax, the same in every language). */
export const EXAMPLE_QUERY: Readonly<Record<StoreResource, string>> = {
  orders: 'fulfillment_status:unfulfilled -status:cancelled',
  customers: 'orders_count:>2 tag:newsletter',
  products: 'tag:presale status:active',
  draft_orders: 'status:open',
};

/** How each table is sorted at first: newest first. */
export const DEFAULT_SORT: Readonly<Record<StoreResource, { sortKey: string; reverse: boolean }>> = {
  orders: { sortKey: 'CREATED_AT', reverse: true },
  customers: { sortKey: 'CREATED_AT', reverse: true },
  products: { sortKey: 'CREATED_AT', reverse: true },
  draft_orders: { sortKey: 'UPDATED_AT', reverse: true },
};

/** The attribute naming a record in the first column, or undefined for customers (first and last name). */
export const NAME_KEY: Readonly<Record<StoreResource, string | undefined>> = {
  orders: 'name',
  customers: undefined,
  products: 'title',
  draft_orders: 'name',
};

/** The label of a resource's attribute in the language (the key itself when the model has none). */
export function columnLabel(resource: StoreResource, key: string, language: Language): string {
  return labelOf(RESOURCE_OBJECT[resource], key, language) ?? key;
}

/** How a record is named on screen: an order's number, a customer's name, a product's title. */
export function displayName(resource: StoreResource, record: Record<string, unknown>): string {
  const key = NAME_KEY[resource];
  if (key) return String(record[key] ?? record.id);
  const name = `${String(record.first_name ?? '')} ${String(record.last_name ?? '')}`.trim();
  return name || String(record.email || record.id);
}

const numbers: Record<Language, Intl.NumberFormat> = { en: new Intl.NumberFormat('en-GB'), pl: new Intl.NumberFormat('pl-PL') };
const money: Record<Language, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  pl: new Intl.NumberFormat('pl-PL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};
const times: Record<Language, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }),
  pl: new Intl.DateTimeFormat('pl-PL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }),
};

/** A cell's text. Values of an unexpected type are shown as they are (an invalid record still reads). */
export function cellText(kind: CellKind, value: unknown, record: Record<string, unknown>, language: Language): string {
  if (value === undefined || value === null) return '';
  switch (kind) {
    case 'number':
      return typeof value === 'number' ? numbers[language].format(value) : String(value);
    case 'money':
      return typeof value === 'number' ? `${money[language].format(value)} ${typeof record.currency === 'string' ? record.currency : ''}`.trim() : String(value);
    case 'time': {
      const ms = typeof value === 'string' ? Date.parse(value) : NaN;
      return Number.isNaN(ms) ? String(value) : `${times[language].format(ms)} UTC`;
    }
    case 'tags':
      return Array.isArray(value) ? value.map(String).join(', ') : String(value);
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}
