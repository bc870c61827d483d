/**
 * The template "Tag every line item's product in presale orders" against a
 * store's generated data: it validates, and an order whose line items mix a
 * presale product with others tags only the presale one, going through each
 * item in the loop (the run record shows each item's steps).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { orgWith } from '../fixtures/workflowSpec';
import { builtInCatalog as catalog } from '../../src/domain/catalog/builtIn';
import { generateStoreData, storeDataRows } from '../../src/domain/shopify/generate';
import { validateWorkflow } from '../../src/domain/workflow/validate';
import { builtInRegistry } from '../../src/engine/adapters/index';
import { ManualClock, counterIds } from '../../src/engine/clock';
import { Engine } from '../../src/engine/engine';
import { MemorySandbox } from '../../src/engine/sandbox';
import { parseImport } from '../../src/io/importDocument';

const NOW = '2026-11-28T12:00:00.000Z';
const parsed = parseImport(readFileSync(new URL('../../src/domain/templates/presale-product-tags.json', import.meta.url), 'utf8'), { catalog });
if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
const template = { ...parsed.value.workflows[0]!, activation: { on: true, scope: { kind: 'all' as const }, offInStores: [] } };
const org = orgWith({ 'store-1': ['shopify'] });

/** The store's data, with an order of three line items of three products, the second one's tagged presale. */
function store() {
  const data = generateStoreData('store-1', '2026-11-01T00:00:00.000Z');
  const [a, b, c] = data.products;
  a!.tags = ['outdoor'];
  b!.tags = ['Presale', 'new'];
  c!.tags = [];
  const order = data.orders[0]!;
  order.line_items = [a!, b!, c!].map((p, i) => ({ ...order.line_items[0]!, id: `li-${i}`, product_id: p.id, title: p.title }));
  return { sandbox: MemorySandbox.fromRows(storeDataRows('store-1', data)), order, products: [a!, b!, c!] };
}

describe('the presale product tags template', () => {
  it('has no problems once the store has Flow', () => {
    expect(validateWorkflow(template, { catalog, org })).toEqual([]);
  });

  it("tags only the presale line item's product, going through every item of the order", async () => {
    const { sandbox, order, products } = store();
    const engine = new Engine({ catalog, registry: builtInRegistry, sandbox, clock: new ManualClock(NOW), ids: counterIds() });
    const payload = { order_id: order.id, customer_id: order.customer_id, order_name: order.name, email: order.email, total_price: order.total_price, currency: order.currency, created_at: NOW };
    const batch = await engine.fire({ id: 'e1', storeId: 'store-1', app: 'shopify', trigger: 'order-created', payload, at: NOW, depth: 0 }, [template], org);
    const run = batch.runs[0]!;
    expect(run.status).toBe('succeeded');

    const shopify = sandbox.forApp('store-1', 'shopify');
    expect(shopify.get('products', products[0]!.id)?.tags).toEqual(['outdoor']);
    expect(shopify.get('products', products[1]!.id)?.tags).toEqual(['Presale', 'new', 'presale-ordered']);
    expect(shopify.get('products', products[2]!.id)?.tags).toEqual([]);

    // One condition per item (then for the second only), one tagging, each noting its iteration.
    const conditions = run.steps.filter((s) => s.stepId === 'presale');
    expect(conditions.map((s) => [s.loop?.[0]?.index, s.branch])).toEqual([[0, 'otherwise'], [1, 'then'], [2, 'otherwise']]);
    const tagging = run.steps.filter((s) => s.stepId === 'tag');
    expect(tagging.map((s) => s.loop?.[0])).toEqual([expect.objectContaining({ stepId: 'each', index: 1, count: 3 })]);
  });
});
