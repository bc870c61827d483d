/**
 * Cleverific (simulated): line items added to the order, bundles expanded
 * into their components, and the line items it refuses. The contract every
 * adapter keeps is in contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, refusal } from '../../../test/fixtures/adapterCalls';
import { MemorySandbox } from '../../../test/fixtures/testFields';
import { cleverificAdapter } from './cleverific';

const { run } = adapterHarness(cleverificAdapter);

describe('cleverific', () => {
  it('adds line items and expands a bundle into its components', async () => {
    const sandbox = new MemorySandbox();
    await run('edit-add-line-items', { line_items: 'GIFT-BOX, 2\nMUG' }, { sandbox });
    const result = await run('expand-bundles', {}, { sandbox });
    expect(result.output).toEqual({ expanded_bundle_count: 2 });
    expect(sandbox.get('orders', '5012345678')?.lineItems).toEqual([
      { sku: 'MUG', quantity: 3 },
      { sku: 'COFFEE-250G', quantity: 4 },
    ]);
    expect(sandbox.list('bundles')).toHaveLength(1);
  });

  it('rejects a line item that is not "SKU, quantity"', async () => {
    const error = await refusal(() => run('edit-add-line-items', { line_items: 'MUG, 1\nSOCKS, two' }));
    expect(error.message).toMatch(/line item 2 \("SOCKS, two"\) has quantity "two"/);
  });
});
