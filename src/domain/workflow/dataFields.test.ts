import { describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../catalog/builtIn';
import { TEXT_LIST } from '../catalog/shopifyObjects';
import { availableData, indexByPath, providedResources, sampleData } from './dataFields';

const trigger = (app: string, id: string) => ({ app, trigger: id });
const paths = (app: string, id: string) => availableData(catalog, trigger(app, id)).map((f) => f.path);

describe('availableData', () => {
  it('offers the Loox review fields typed from the manifest, then the customer and the product', () => {
    const fields = indexByPath(availableData(catalog, trigger('loox', 'new-review')));
    expect(fields.get('trigger.rating')?.type).toBe('number_integer');
    expect(fields.get('trigger.review_text')?.label.en).toBe('Review text');
    expect(fields.get('customer.email')?.type).toBe('email');
    expect(fields.get('customer.tags')?.type).toBe(TEXT_LIST);
    expect(fields.get('product.title')?.root).toBe('product');
    expect(fields.has('order.name')).toBe(false);
    const all = paths('loox', 'new-review');
    expect(all.indexOf('trigger.photo_url')).toBeLessThan(all.indexOf('customer.id'));
    expect(all.indexOf('customer.id')).toBeLessThan(all.indexOf('product.id'));
  });

  it('keeps the format of E.164 fields', () => {
    const fields = indexByPath(availableData(catalog, trigger('shopify', 'customer-created')));
    expect(fields.get('customer.phone')?.format).toBe('e164');
    expect(fields.get('trigger.email')?.format).toBeUndefined();
  });

  it('offers only the trigger payload when the trigger references nothing', () => {
    expect(paths('shopify', 'scheduled-time')).toEqual(['trigger.scheduled_at']);
    expect(paths('klevu', 'top-searches').every((p) => p.startsWith('trigger.'))).toBe(true);
  });

  it('offers nothing without a trigger or for a trigger the catalog does not know', () => {
    expect(availableData(catalog, undefined)).toEqual([]);
    expect(availableData(catalog, trigger('shopify', 'no-such-trigger'))).toEqual([]);
    expect(availableData(catalog, trigger('no-such-app', 'order-created'))).toEqual([]);
  });
});

describe('providedResources', () => {
  it('provides one object per reference field of the payload', () => {
    expect([...providedResources(catalog, trigger('shopify', 'customer-created'))]).toEqual(['customer']);
    expect([...providedResources(catalog, trigger('shopify', 'product-created'))]).toEqual(['product']);
    expect(providedResources(catalog, trigger('shopify', 'scheduled-time')).size).toBe(0);
    expect(providedResources(catalog, undefined).size).toBe(0);
  });

  it("provides an order's customer even when the payload names only the order", () => {
    const provided = providedResources(catalog, trigger('order-tagger', 'order-processed'));
    expect(provided.has('order')).toBe(true);
    expect(provided.has('customer')).toBe(true);
    expect(provided.has('product')).toBe(false);
    expect(paths('order-tagger', 'order-processed')).toContain('customer.email');
  });

  it('does not provide an order for a customer', () => {
    expect(providedResources(catalog, trigger('loox', 'new-review')).has('order')).toBe(false);
  });
});

describe('sampleData', () => {
  it('uses the trigger sample payload and objects whose ids match its references', () => {
    const data = sampleData(catalog, trigger('loox', 'new-review'));
    expect(data.trigger?.rating).toBe(2);
    expect(data.customer?.id).toBe(data.trigger?.customer_id);
    expect(data.product?.id).toBe(data.trigger?.product_id);
    expect(data.order).toBeUndefined();
  });

  it("makes the order's customer the run's customer", () => {
    const data = sampleData(catalog, trigger('order-tagger', 'order-processed'));
    expect(data.order?.id).toBe(data.trigger?.order_id);
    expect(data.customer?.id).toBe(data.order?.customer_id);
    const paid = sampleData(catalog, trigger('shopify', 'order-paid'));
    expect(paid.order?.customer_id).toBe(paid.trigger?.customer_id);
  });

  it('has a value for every available field', () => {
    const t = trigger('shopify', 'order-created');
    const data = sampleData(catalog, t) as Record<string, Record<string, unknown>>;
    for (const field of availableData(catalog, t)) {
      expect(data[field.root]?.[field.key], field.path).toBeDefined();
    }
  });
});
