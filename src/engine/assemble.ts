/**
 * The one place an engine is put together from the catalog and the adapters:
 * the built-in apps (or those a test injects), the custom apps a request or
 * an export brings, which join the catalog and run on the generic adapter
 * unless one is registered, and, when asked, the live "Send HTTP request".
 * The worker (workerHandler.ts) and the CLI (cli/simulate.ts) both build
 * their engine here, so a workflow runs on the same apps in the browser and
 * in Node.
 */
import { type Catalog } from '../domain/catalog/catalog';
import { builtInCatalog } from '../domain/catalog/builtIn';
import { composeCatalog } from '../domain/catalog/customApps';
import type { AppManifest } from '../domain/catalog/manifest';
import { withGenericAdapters } from './adapters/generic';
import { builtInRegistry } from './adapters/index';
import type { AdapterRegistry } from './adapters/registry';
import { Engine, type EngineOptions } from './engine';
import type { ActionHandler } from './types';

/** The engine's options, with the apps given as a base catalog and registry plus custom apps. */
export interface EngineAssembly extends Omit<EngineOptions, 'catalog' | 'registry'> {
  /** The apps that have adapters of their own: the built-in catalog unless given. */
  catalog?: Catalog;
  /** Their adapters: the built-in registry unless given. */
  registry?: AdapterRegistry;
  /** Manifests the user imported: they join the catalog and run on the generic adapter. */
  customApps?: readonly AppManifest[];
  /** When given, answers Shopify's "Send HTTP request" instead of the simulated echo. */
  liveHttp?: ActionHandler;
}

export interface AssembledEngine {
  engine: Engine;
  /** The catalog the engine runs on: the base catalog plus the custom apps. */
  catalog: Catalog;
}

/**
 * Builds an engine over the base apps plus the custom apps. Throws, naming
 * each custom app and the reason, when one cannot join the catalog (it is
 * built in, clashes with another app, or names a trigger that is missing).
 */
export function assembleEngine(assembly: EngineAssembly): AssembledEngine {
  const { catalog: base = builtInCatalog, registry: adapters = builtInRegistry, customApps = [], liveHttp, ...options } = assembly;
  const { catalog, skipped } = composeCatalog(customApps, base);
  if (skipped.length > 0) throw new Error(skipped.map((s) => `the custom app "${s.id}" cannot be used: ${s.reason}`).join('; '));
  const registry = withGenericAdapters(adapters, customApps);
  return { engine: new Engine({ ...options, catalog, registry: liveHttp ? withLiveHttp(registry, liveHttp) : registry }), catalog };
}

/**
 * The registry with Shopify's "Send HTTP request" answered by the live
 * handler; every other adapter and action stays as it is. A registry without
 * a Shopify adapter (some tests) is returned unchanged.
 */
export function withLiveHttp(registry: AdapterRegistry, live: ActionHandler): AdapterRegistry {
  const shopify = registry.get('shopify');
  if (!shopify?.actions['send-http-request']) return registry;
  const swapped = new Map(registry);
  swapped.set('shopify', { ...shopify, actions: { ...shopify.actions, 'send-http-request': live } });
  return swapped;
}
