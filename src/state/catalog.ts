/**
 * The effective catalog: the built-in apps plus the custom apps the user
 * imported (state/customApps.ts composes it when the stored manifests
 * change). Kept here, in the app's state, not in the domain: the domain is
 * handed the catalog it works with. The value is a frozen snapshot replaced
 * as a whole, so a reader never sees half of a change.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { type Catalog, builtInCatalog } from '../domain/catalog/catalog';
import type { Source } from './editor/session';

const store = createStore<{ catalog: Catalog }>()(() => ({ catalog: builtInCatalog }));

/** The effective catalog now (for code outside React). */
export function currentCatalog(): Catalog {
  return store.getState().catalog;
}

/** Replaces the effective catalog (only the custom-app registry should). */
export function setEffectiveCatalog(catalog: Catalog): void {
  store.setState({ catalog });
}

/** The effective catalog as a followed value (the editor session's). */
export const catalogSource: Source<Catalog> = {
  current: currentCatalog,
  subscribe: (listener) => store.subscribe(listener),
};

/** The effective catalog; re-renders the caller when it changes. */
export function useCatalog(): Catalog {
  return useStore(store, (s) => s.catalog);
}
