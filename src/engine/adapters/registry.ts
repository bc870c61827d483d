/**
 * The adapter registry: app id → AppAdapter. The engine looks adapters up
 * here; adding an app means one adapter module and one entry in the list the
 * registry is built from. Duplicates are refused, so two modules can never
 * silently race for the same app.
 */
import type { AppAdapter } from '../types';

/** Adapters by app id. */
export type AdapterRegistry = ReadonlyMap<string, AppAdapter>;

/** Builds a registry; throws when two adapters claim the same app id. */
export function createRegistry(adapters: readonly AppAdapter[]): AdapterRegistry {
  const registry = new Map<string, AppAdapter>();
  for (const adapter of adapters) {
    if (registry.has(adapter.appId)) {
      throw new Error(`Two adapters are registered for the app "${adapter.appId}".`);
    }
    registry.set(adapter.appId, adapter);
  }
  return registry;
}

/** True for a value shaped like an AppAdapter (used to collect adapters from module exports). */
export function isAppAdapter(value: unknown): value is AppAdapter {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<AppAdapter>;
  return (
    typeof v.appId === 'string' &&
    typeof v.actions === 'object' &&
    v.actions !== null &&
    Object.values(v.actions).every((h) => typeof h === 'function') &&
    typeof v.collections === 'object' &&
    v.collections !== null
  );
}

/**
 * Every adapter exported by a set of modules (as `import.meta.glob` returns
 * them), in module path order; each adapter object counts once even when a
 * module exports it twice (named and default).
 */
export function collectAdapters(modules: Readonly<Record<string, unknown>>): AppAdapter[] {
  const seen = new Set<AppAdapter>();
  for (const path of Object.keys(modules).sort()) {
    const mod = modules[path];
    if (!mod || typeof mod !== 'object') continue;
    for (const value of Object.values(mod)) if (isAppAdapter(value)) seen.add(value);
  }
  return [...seen];
}
