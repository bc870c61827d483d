/**
 * Every app of the catalog has a registered adapter with a handler for each
 * of its actions (batchA.test.ts and batchB.test.ts then prove, action by
 * action with realistic inputs, that each handler changes sandbox state or
 * returns output). Iterates the catalog, so a new app or action without an
 * adapter fails here.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../domain/catalog/catalog';
import { BUILT_IN_ADAPTERS, builtInRegistry } from './index';

describe('the built-in adapter registry', () => {
  it('has an adapter for every app of the catalog and nothing else', () => {
    expect([...builtInRegistry.keys()].sort()).toEqual(catalog.apps.map((a) => a.id).sort());
    expect(BUILT_IN_ADAPTERS).toHaveLength(catalog.apps.length);
  });

  it.each(catalog.apps.map((app) => [app.id, app] as const))('%s has a handler for exactly its actions', (_id, app) => {
    const adapter = builtInRegistry.get(app.id)!;
    expect(Object.keys(adapter.actions).sort()).toEqual(app.actions.map((a) => a.id).sort());
    for (const handler of Object.values(adapter.actions)) expect(handler).toBeTypeOf('function');
  });
});
