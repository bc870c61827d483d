import { describe, expect, it } from 'vitest';
import { findTrigger } from './catalog';
import { REFERENCE_RESOURCES } from './fieldTypes';
import { SHOPIFY_OBJECTS, TEXT_LIST, checkDataValue, findAttribute, sampleObject } from './shopifyObjects';
import { builtInCatalog } from './builtIn';

describe('SHOPIFY_OBJECTS', () => {
  it.each(REFERENCE_RESOURCES)('gives every %s attribute a unique snake_case key, labels and a valid sample', (resource) => {
    const { attributes } = SHOPIFY_OBJECTS[resource];
    expect(new Set(attributes.map((a) => a.key)).size).toBe(attributes.length);
    for (const a of attributes) {
      expect(a.key).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(a.label.en.trim()).not.toBe('');
      expect(a.label.pl.trim()).not.toBe('');
      expect(checkDataValue(a.type, a.sample, a.format), `${resource}.${a.key}`).toBeUndefined();
    }
  });

  it('types tags as lists of text and the id as a reference to the object itself', () => {
    for (const resource of REFERENCE_RESOURCES) {
      expect(findAttribute(resource, 'tags')?.type).toBe(TEXT_LIST);
      expect(findAttribute(resource, 'id')?.type).toBe(`${resource}_reference`);
    }
    expect(findAttribute('order', 'customer_id')?.type).toBe('customer_reference');
    expect(findAttribute('customer', 'phone')?.format).toBe('e164');
    expect(findAttribute('product', 'customer_id')).toBeUndefined();
  });

  it('tells the same story as the Order created sample payload', () => {
    const payload = findTrigger(builtInCatalog, 'shopify', 'order-created')!.samplePayload;
    expect(sampleObject('order').id).toBe(payload.order_id);
    expect(sampleObject('order').customer_id).toBe(payload.customer_id);
    expect(sampleObject('customer').id).toBe(payload.customer_id);
    expect(sampleObject('order').total_price).toBe(payload.total_price);
  });
});

describe('sampleObject', () => {
  it('applies overrides and returns lists the caller may change without touching the model', () => {
    const customer = sampleObject('customer', { id: '42' });
    expect(customer.id).toBe('42');
    (customer.tags as string[]).push('changed');
    expect(sampleObject('customer').tags).toEqual(['vip', 'newsletter']);
  });
});

describe('checkDataValue', () => {
  it('accepts only lists of text for list types and defers to the field checks otherwise', () => {
    expect(checkDataValue(TEXT_LIST, ['a', 'b'])).toBeUndefined();
    expect(checkDataValue(TEXT_LIST, [])).toBeUndefined();
    expect(checkDataValue(TEXT_LIST, 'a')).toMatch(/list of text/);
    expect(checkDataValue(TEXT_LIST, ['a', 1])).toMatch(/list of text/);
    expect(checkDataValue('number_integer', 2.5)).toMatch(/whole number/);
    expect(checkDataValue('single_line_text_field', '601 234 567', 'e164')).toMatch(/E\.164/);
  });
});
