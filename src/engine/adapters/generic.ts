/**
 * The generic simulated adapter, used for every custom app (an app the user
 * imported, which has no adapter module of its own). Each action call is
 * recorded in the store's sandbox, in a collection named after the action
 * (headed with the action's name on the Sandbox page), with the rendered
 * inputs, the store and the simulated time; it returns the action's declared
 * outputs filled with generated sample values, so later steps can use them.
 * Deterministic (the simulated clock, sandbox ids), so runs replay the same.
 * Injected faults apply to it like to any adapter (the engine decides them
 * per app and store before calling the handler).
 */
import type { AppManifest } from '../../domain/catalog/manifest';
import { generateSamplePayload } from '../../domain/catalog/samplePayload';
import type { AppAdapter } from '../types';
import type { AdapterRegistry } from './registry';

/** An adapter for a manifest that records every call of its actions. */
export function genericAdapter(app: AppManifest): AppAdapter {
  return {
    appId: app.id,
    actions: Object.fromEntries(
      app.actions.map((action) => [
        action.id,
        (call) => {
          // Input keys are snake_case (the manifest schema), so `storeId` and `calledAt` never clash with them.
          const id = call.sandbox.insert(action.id, { ...call.fields, storeId: call.storeId, calledAt: call.now });
          return { output: { ...generateSamplePayload(action.outputs), call_id: id } };
        },
      ]),
    ),
    collections: Object.fromEntries(app.actions.map((a) => [a.id, a.name.en])),
  };
}

/** The registry plus a generic adapter for each of these apps that has no adapter registered. */
export function withGenericAdapters(registry: AdapterRegistry, apps: readonly AppManifest[]): AdapterRegistry {
  const missing = apps.filter((app) => !registry.has(app.id));
  if (missing.length === 0) return registry;
  const extended = new Map(registry);
  for (const app of missing) extended.set(app.id, genericAdapter(app));
  return extended;
}
