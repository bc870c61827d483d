/**
 * The Shopify data model's rules: paths are typed through references and
 * lists, lists are known, every attribute is labelled in both languages, the
 * stored records' schemas keep exactly the attributes the model stores, and
 * the samples are valid stored records.
 */
import { describe, expect, it } from 'vitest';
import { TEXT_LIST } from '../catalog/dataTypes';
import { OBJECT_TYPE_NAMES, OBJECT_TYPES, isList, labelOf, listAttributes, resolvePath, storedAttributes, typeAt } from './model';
import { RESOURCE_OBJECT, STORE_RESOURCES } from './storeResources';
import { LineItemRecord, RECORD_SCHEMA, VariantRecord } from './records';
import { MetafieldRecord } from './metafields';
import { SAMPLE_RECORDS, sampleObject } from './samples';
import { gidOf, parseGid } from './gid';

describe('typeAt / resolvePath', () => {
  it('types a path through a list of objects and a reference: order → line items → product → tags is a list of text', () => {
    expect(typeAt('order', 'line_items.product.tags')).toEqual({ kind: 'value', type: TEXT_LIST });
    const resolved = resolvePath('order', 'line_items.product.tags')!;
    expect(resolved.listsCrossed).toEqual(['line_items']);
    expect(resolved.owner).toBe('product');
    expect(resolved.labels.map((l) => l.en)).toEqual(['Line items', 'Product', 'Tags']);
    expect(resolved.labels.map((l) => l.pl)).toEqual(['Pozycje', 'Produkt', 'Tagi']);
  });

  it('types references, lists of objects and scalars at the end of a path', () => {
    expect(typeAt('order', 'customer')).toEqual({ kind: 'object', object: 'customer' });
    expect(typeAt('order', 'customer.email')).toEqual({ kind: 'value', type: 'email' });
    expect(typeAt('customer', 'orders')).toEqual({ kind: 'objects', object: 'order' });
    expect(typeAt('customer', 'orders.line_items.quantity')).toEqual({ kind: 'value', type: 'number_integer' });
    expect(resolvePath('customer', 'orders.line_items.quantity')!.listsCrossed).toEqual(['orders', 'orders.line_items']);
    expect(typeAt('product', 'variants.inventory_quantity')).toEqual({ kind: 'value', type: 'number_integer' });
    expect(typeAt('draft_order', 'line_items.variant.sku')).toEqual({ kind: 'value', type: 'single_line_text_field' });
    expect(typeAt('customer', 'phone')).toEqual({ kind: 'value', type: 'single_line_text_field', format: 'e164' });
  });

  it('refuses paths that do not exist or go past a value', () => {
    expect(typeAt('order', 'line_items.colour')).toBeUndefined();
    expect(typeAt('order', 'total_price.amount')).toBeUndefined();
    expect(typeAt('order', '')).toBeUndefined();
    expect(typeAt('order', 'line_items..product')).toBeUndefined();
    expect(typeAt('product', 'customer')).toBeUndefined();
  });
});

describe('the object types', () => {
  it('list exactly the list attributes of each type', () => {
    const keys = (name: Parameters<typeof listAttributes>[0]) => listAttributes(name).map((a) => a.key);
    expect(keys('order')).toEqual(['tags', 'line_items', 'metafields']);
    expect(keys('customer')).toEqual(['tags', 'orders', 'metafields']);
    expect(keys('product')).toEqual(['tags', 'variants', 'metafields']);
    expect(keys('draft_order')).toEqual(['tags', 'line_items', 'metafields']);
    expect(keys('line_item')).toEqual([]);
    expect(isList({ kind: 'object', object: 'customer' })).toBe(false);
  });

  it.each(OBJECT_TYPE_NAMES)('give %s unique snake_case keys labelled in English and Polish', (name) => {
    const { attributes, label } = OBJECT_TYPES[name];
    expect(new Set(attributes.map((a) => a.key)).size).toBe(attributes.length);
    expect(label.en && label.pl).toBeTruthy();
    for (const a of attributes) {
      expect(a.key).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(a.label.en.trim() && a.label.pl.trim(), `${name}.${a.key}`).toBeTruthy();
      // A reference names an id the same record stores.
      if (a.source.kind === 'reference') expect(attributes.find((b) => b.key === (a.source as { idKey: string }).idKey)?.source.kind).toBe('stored');
    }
    expect(labelOf(name, undefined, 'pl')).toBe(label.pl);
  });

  it.each(STORE_RESOURCES)('store %s records with exactly the attributes the model stores', (resource) => {
    const object = RESOURCE_OBJECT[resource];
    expect(Object.keys(RECORD_SCHEMA[resource].shape).sort()).toEqual(storedAttributes(object).map((a) => a.key).sort());
  });

  it('store line items, variants and metafields with exactly their stored attributes', () => {
    expect(Object.keys(LineItemRecord.shape).sort()).toEqual(storedAttributes('line_item').map((a) => a.key).sort());
    expect(Object.keys(VariantRecord.shape).sort()).toEqual(storedAttributes('variant').map((a) => a.key).sort());
    expect(Object.keys(MetafieldRecord.shape).sort()).toEqual(storedAttributes('metafield').map((a) => a.key).sort());
  });
});

describe('samples', () => {
  it('are valid stored records', () => {
    for (const resource of STORE_RESOURCES) {
      for (const record of SAMPLE_RECORDS[resource]) {
        const parsed = RECORD_SCHEMA[resource].safeParse(record);
        expect(parsed.success, `${resource} ${record.id}: ${parsed.error?.message}`).toBe(true);
      }
    }
  });

  it('read as a run reads them: the sample order has its customer and each line item its product, one level deep', () => {
    const order = sampleObject('order');
    expect(order.admin_graphql_api_id).toBe('gid://shopify/Order/5312894021');
    expect(order.customer).toMatchObject({ id: '7054216839', first_name: 'Anna' });
    expect((order.customer as Record<string, unknown>).orders).toBeUndefined();
    const items = order.line_items as Record<string, Record<string, unknown>>[];
    expect(items.map((li) => li.product?.tags)).toEqual([['outdoor', 'bestseller'], ['presale', 'nowość']]);
    expect(items[0]!.variant).toMatchObject({ title: 'Grafitowy', inventory_quantity: 3 });
    expect(sampleObject('customer').orders).toEqual([expect.objectContaining({ id: '5312894021' })]);
    expect(sampleObject('order', { id: '11' }).id).toBe('11');
  });

  it('are fresh copies each time', () => {
    (sampleObject('order').tags as string[]).push('changed');
    expect(sampleObject('order').tags).toEqual(['gift']);
  });
});

describe('global ids', () => {
  it('are written and read for the store types and named for others', () => {
    expect(gidOf('draft_order', '7')).toBe('gid://shopify/DraftOrder/7');
    expect(parseGid('gid://shopify/Product/8123456789')).toEqual({ graphqlType: 'Product', object: 'product', id: '8123456789' });
    expect(parseGid('gid://shopify/OnlineStoreArticle/3')).toEqual({ graphqlType: 'OnlineStoreArticle', id: '3' });
    expect(parseGid('8123456789')).toBeUndefined();
    expect(parseGid('gid://shopify/Product/0')).toBeUndefined();
  });
});
