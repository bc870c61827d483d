/**
 * The contract every registered adapter keeps with the catalog, checked by
 * walking the registry, so a new app or action fails here until its adapter
 * keeps it: one adapter per catalog app; a handler for exactly the app's
 * actions; each handler, called with valid fields (all of them, or only the
 * required ones), changes the sandbox or answers with the manifest's outputs,
 * writes only collections the Sandbox page has a heading for, emits only
 * valid catalog events, and does the same when called again. What each app's
 * service refuses is tested beside its adapter (<app>.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, expectValidEmit, givenSandbox } from '../../../test/fixtures/adapterCalls';
import { builtInCatalog as catalog } from '../../domain/catalog/builtIn';
import { checkFieldValue } from '../../domain/catalog/fieldTypes';
import { BUILT_IN_ADAPTERS, builtInRegistry } from './index';

describe('the built-in adapter registry', () => {
  it('has an adapter for every app of the catalog and nothing else', () => {
    expect([...builtInRegistry.keys()].sort()).toEqual(catalog.apps.map((a) => a.id).sort());
    expect(BUILT_IN_ADAPTERS).toHaveLength(catalog.apps.length);
  });
});

describe.each(BUILT_IN_ADAPTERS.map((adapter) => [adapter.appId, adapter] as const))('the %s adapter', (appId, adapter) => {
  const app = catalog.byId.get(appId)!;
  const { run } = adapterHarness(adapter);

  it('has a handler for exactly the actions of its catalog app', () => {
    expect(app).toBeDefined();
    expect(Object.keys(adapter.actions).sort()).toEqual(app.actions.map((a) => a.id).sort());
    for (const handler of Object.values(adapter.actions)) expect(handler).toBeTypeOf('function');
    // A trigger-only app writes nothing, so the Sandbox page has nothing to head.
    if (app.actions.length === 0) expect(adapter.collections).toEqual({});
  });

  for (const action of app?.actions ?? []) {
    for (const requiredOnly of [false, true]) {
      it(`${action.id} (${requiredOnly ? 'required fields only' : 'all fields'}) changes the sandbox or returns the manifest's outputs`, async () => {
        const sandbox = givenSandbox(appId, action.id);
        const before = sandbox.snapshot();
        const result = await run(action.id, {}, { sandbox, requiredOnly });
        const changed = sandbox.snapshot() !== before;

        const outputKeys = action.outputs.map((o) => o.key).sort();
        expect(Object.keys(result.output ?? {}).sort()).toEqual(outputKeys);
        for (const field of action.outputs) {
          expect(checkFieldValue(field.type, result.output?.[field.key], field.format), `output ${field.key}`).toBeUndefined();
        }
        expect(changed || outputKeys.length > 0).toBe(true);
        for (const name of sandbox.collectionNames()) {
          expect(adapter.collections, `heading for collection "${name}"`).toHaveProperty([name]);
        }
        for (const emit of result.emits ?? []) expectValidEmit(emit);
      });
    }

    it(`${action.id} is deterministic`, async () => {
      const first = givenSandbox(appId, action.id);
      const second = givenSandbox(appId, action.id);
      const a = await run(action.id, {}, { sandbox: first });
      const b = await run(action.id, {}, { sandbox: second });
      expect(b).toEqual(a);
      expect(second.snapshot()).toEqual(first.snapshot());
    });
  }
});
