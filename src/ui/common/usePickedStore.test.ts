import { describe, expect, it } from 'vitest';
import type { Store } from '../../domain/org/organization';
import { pickedStore } from './usePickedStore';

const store = (id: string): Store => ({ id, name: `Store ${id}`, flowInstalled: true, createdAt: '2025-03-14T10:00:00.000Z', timeZone: 'UTC' });
const stores = [store('a'), store('b')];

describe('pickedStore', () => {
  it('is the store the user picked', () => {
    expect(pickedStore(stores, 'b')?.id).toBe('b');
  });

  it('is the first store when none was picked, or when the picked one is gone', () => {
    expect(pickedStore(stores, undefined)?.id).toBe('a');
    expect(pickedStore(stores, 'removed')?.id).toBe('a');
  });

  it('is nothing while the organization loads or when it has no store', () => {
    expect(pickedStore(undefined, 'a')).toBeUndefined();
    expect(pickedStore([], undefined)).toBeUndefined();
  });
});
