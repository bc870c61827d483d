/** The Store data tables' text: names, money with the currency, times in UTC, tags, in both languages. */
import { describe, expect, it } from 'vitest';
import { SAMPLE_RECORDS } from '../../../domain/shopify/samples';
import { cellText, columnLabel, displayName } from './columns';

const order = SAMPLE_RECORDS.orders[0]!;

describe('store data cells', () => {
  it('name records as people know them', () => {
    expect(displayName('orders', order)).toBe('#1052');
    expect(displayName('customers', SAMPLE_RECORDS.customers[0]!)).toBe('Anna Kowalska');
    expect(displayName('customers', { id: '9', first_name: '', last_name: '', email: 'x@example.com' })).toBe('x@example.com');
    expect(displayName('products', SAMPLE_RECORDS.products[0]!)).toBe('Plecak miejski Tatra 20 l');
  });

  it('write money, numbers, times and tags the language’s way', () => {
    expect(cellText('money', 1249.5, order, 'en')).toBe('1,249.50 PLN');
    expect(cellText('money', 1249.5, order, 'pl')).toBe('1249,50 PLN');
    expect(cellText('time', '2024-06-03T10:15:42+02:00', order, 'en')).toBe('3 Jun 2024, 08:15 UTC');
    expect(cellText('tags', ['gift', 'vip'], order, 'pl')).toBe('gift, vip');
    expect(cellText('number', 'lots', order, 'en')).toBe('lots');
    expect(cellText('code', { a: 1 }, order, 'en')).toBe('{"a":1}');
  });

  it('label columns with the model’s labels', () => {
    expect(columnLabel('orders', 'financial_status', 'en')).toBe('Payment status');
    expect(columnLabel('orders', 'financial_status', 'pl')).toBe('Status płatności');
    expect(columnLabel('orders', 'nonexistent', 'pl')).toBe('nonexistent');
  });
});
