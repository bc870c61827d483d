import { describe, expect, it } from 'vitest';
import { MemorySandbox, idPrefix } from './sandbox';

describe('MemorySandbox', () => {
  it('generates ids per store, app and collection, named after the collection', () => {
    const sandbox = new MemorySandbox();
    const slack1 = sandbox.forApp('store-1', 'slack');
    expect(slack1.insert('messages', { text: 'a' })).toBe('message-1');
    expect(slack1.insert('messages', { text: 'b' })).toBe('message-2');
    expect(sandbox.forApp('store-2', 'slack').insert('messages', { text: 'c' })).toBe('message-1');
    expect(slack1.insert('entries', {})).toBe('entry-1');
    expect(slack1.insert('messages', { id: 'custom', text: 'd' })).toBe('custom');
    expect(slack1.list('messages').map((m) => m.id)).toEqual(['message-1', 'message-2', 'custom']);
    expect(idPrefix('rows')).toBe('row');
  });

  it('copies records in and out, and upsert merges fields', () => {
    const api = new MemorySandbox().forApp('s', 'loyaltylion');
    api.upsert('accounts', '7', { points: 10, tier: 'Bronze' });
    const read = api.get('accounts', '7')!;
    read.points = 999;
    api.upsert('accounts', '7', { points: 20 });
    expect(api.get('accounts', '7')).toEqual({ id: '7', points: 20, tier: 'Bronze' });
    expect(api.get('accounts', 'nobody')).toBeUndefined();
  });

  it('round-trips through rows, keeping the id counters so ids are never reused', () => {
    const sandbox = new MemorySandbox();
    const api = sandbox.forApp('store-1', 'slack');
    api.insert('messages', { text: 'a' });
    api.insert('messages', { text: 'b' });
    const loaded = MemorySandbox.fromRows(sandbox.rows());
    expect(loaded.rows()).toEqual(sandbox.rows());
    expect(loaded.changedRows()).toEqual([]);
    expect(loaded.forApp('store-1', 'slack').insert('messages', { text: 'c' })).toBe('message-3');
  });

  it('lists only the rows written since markClean', () => {
    const sandbox = new MemorySandbox();
    const api = sandbox.forApp('store-1', 'slack');
    api.insert('messages', { text: 'a' });
    sandbox.markClean();
    api.upsert('messages', 'message-1', { text: 'edited' });
    api.insert('messages', { text: 'b' });
    expect(sandbox.changedRows()).toEqual([
      { storeId: 'store-1', appId: 'slack', collection: 'messages', id: 'message-1', record: { id: 'message-1', text: 'edited' } },
      { storeId: 'store-1', appId: 'slack', collection: 'messages', id: 'message-2', record: { id: 'message-2', text: 'b' } },
    ]);
  });

  it('hands out changed rows with the stored, deep-frozen records: a later write replaces, never changes, what was handed out', () => {
    const sandbox = new MemorySandbox();
    const api = sandbox.forApp('store-1', 'slack');
    api.insert('messages', { text: 'a', meta: { tags: ['x'] } });
    const [row] = sandbox.changedRows();
    expect(Object.isFrozen(row!.record) && Object.isFrozen(row!.record.meta)).toBe(true);
    expect(() => {
      (row!.record as Record<string, unknown>).text = 'changed';
    }).toThrow(TypeError);
    sandbox.markClean();
    api.upsert('messages', 'message-1', { text: 'edited' });
    expect(row!.record).toEqual({ id: 'message-1', text: 'a', meta: { tags: ['x'] } });
    expect(sandbox.changedRows()[0]!.record).toEqual({ id: 'message-1', text: 'edited', meta: { tags: ['x'] } });
    // rows() still copies.
    expect(Object.isFrozen(sandbox.rows()[0]!.record)).toBe(false);
  });

  it('appRevision changes with every write to any collection of the app in the store, and only then', () => {
    const sandbox = new MemorySandbox();
    expect(sandbox.appRevision('s', 'shopify')).toBe(0);
    sandbox.forApp('s', 'shopify').upsert('orders', '1', { tags: [] });
    const afterOrder = sandbox.appRevision('s', 'shopify');
    expect(afterOrder).toBeGreaterThan(0);
    sandbox.forApp('s', 'slack').insert('messages', { text: 'a' });
    sandbox.forApp('t', 'shopify').upsert('orders', '1', { tags: [] });
    expect(sandbox.appRevision('s', 'shopify')).toBe(afterOrder);
    sandbox.forApp('s', 'shopify').upsert('products', '2', { title: 'x' });
    expect(sandbox.appRevision('s', 'shopify')).toBeGreaterThan(afterOrder);
    expect(sandbox.rows().map((r) => r.collection).sort()).toEqual(['messages', 'orders', 'orders', 'products']);
  });

  it('a clone is independent of the original', () => {
    const sandbox = new MemorySandbox();
    sandbox.forApp('s', 'slack').insert('messages', { text: 'a' });
    const copy = sandbox.clone();
    copy.forApp('s', 'slack').insert('messages', { text: 'b' });
    copy.forApp('s', 'slack').upsert('messages', 'message-1', { text: 'changed' });
    expect(sandbox.rows()).toEqual([{ storeId: 's', appId: 'slack', collection: 'messages', id: 'message-1', record: { id: 'message-1', text: 'a' } }]);
  });

  it('a stage shows its own writes but applies them only on commit', () => {
    const sandbox = new MemorySandbox();
    const stage = sandbox.stage('s', 'slack');
    const id = stage.api.insert('messages', { text: 'draft' });
    expect(stage.api.list('messages')).toEqual([{ id, text: 'draft' }]);
    expect(sandbox.rows()).toEqual([]);
    // Discarded: a new stage starts from the sandbox, and numbering too.
    expect(sandbox.stage('s', 'slack').api.insert('messages', {})).toBe('message-1');
    stage.commit();
    expect(sandbox.forApp('s', 'slack').get('messages', id)).toEqual({ id, text: 'draft' });
    expect(sandbox.forApp('s', 'slack').insert('messages', {})).toBe('message-2');
  });

  it('keeps records frozen and replaces them on write: what a reader got stays as it was', () => {
    const sandbox = new MemorySandbox();
    const api = sandbox.forApp('s', 'shopify');
    api.upsert('orders', '1', { tags: ['a'], line_items: [{ sku: 'X' }] });
    const reader = sandbox.reader('s', 'shopify');
    const before = reader.get('orders', '1')!;
    const listed = reader.list('orders');
    expect(Object.isFrozen(before) && Object.isFrozen(before.tags) && Object.isFrozen((before.line_items as object[])[0])).toBe(true);
    expect(Object.isFrozen(listed)).toBe(true);
    expect(() => (before.tags as string[]).push('b')).toThrow(TypeError);
    api.upsert('orders', '1', { tags: ['a', 'b'] });
    expect(before).toEqual({ id: '1', tags: ['a'], line_items: [{ sku: 'X' }] });
    expect(listed).toEqual([before]);
    expect(reader.get('orders', '1')!.tags).toEqual(['a', 'b']);
    expect(reader.list('orders')).toEqual([{ id: '1', tags: ['a', 'b'], line_items: [{ sku: 'X' }] }]);
    // Adapters still get copies they may change.
    const copy = api.get('orders', '1')!;
    (copy.tags as string[]).push('c');
    expect(reader.get('orders', '1')!.tags).toEqual(['a', 'b']);
  });

  it('counts writes per collection (revision), and a clone shares records but not writes', () => {
    const sandbox = new MemorySandbox();
    expect(sandbox.revision('s', 'shopify', 'orders')).toBe(0);
    sandbox.forApp('s', 'shopify').upsert('orders', '1', { tags: [] });
    sandbox.forApp('s', 'shopify').insert('outbox', { to: 'a@b.pl' });
    expect(sandbox.revision('s', 'shopify', 'orders')).toBe(1);
    const copy = sandbox.clone();
    expect(copy.reader('s', 'shopify').get('orders', '1')).toBe(sandbox.reader('s', 'shopify').get('orders', '1'));
    copy.forApp('s', 'shopify').upsert('orders', '1', { tags: ['dry'] });
    expect(sandbox.reader('s', 'shopify').get('orders', '1')).toEqual({ id: '1', tags: [] });
    expect(sandbox.revision('s', 'shopify', 'orders')).toBe(1);
  });
});
