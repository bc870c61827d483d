/**
 * The effective catalog: the built-in apps plus the custom apps the user
 * imported (state/customApps.ts hands over the stored manifests when they
 * change). Kept here, in the app's state, not in the domain: the domain is
 * handed the catalog it works with. Each value is a frozen snapshot replaced
 * as a whole, so a reader never sees half of a change.
 *
 * It comes in two parts (docs/architecture.md, "The connector catalog"):
 * - the index (`currentIndex()`, `useCatalogIndex()`): ids and names of every
 *   app and trigger (the built-in actions come with the manifests: what names
 *   an action reads the catalog), there from the start (the built-in index with
 *   English names is a few KB of the first page; their Polish names are a
 *   chunk of their own, `loadPolishNames()`, which the UI awaits before it
 *   shows Polish; custom apps are in it whole);
 * - the catalog with every manifest (`currentCatalog()`, `useCatalog()`,
 *   `catalogSource`): fields, setup, sample payloads. The built-in manifests
 *   are a chunk of their own, loaded by `ensureFullCatalog()`, which the lazy
 *   pages await with their module (ui/App.tsx) and every other path that
 *   needs fields awaits before reading (imports, exports, templates, the
 *   organization's commands, the runtime). `currentCatalog()` before that
 *   throws, naming the fix; `useCatalog()` suspends until it is loaded.
 */
import { use } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Catalog, CatalogIndex, CatalogOf, IndexApp } from '../domain/catalog/catalog';
import { builtInIndex } from '../domain/catalog/builtInIndex';
import type * as Compose from '../domain/catalog/compose';
import type { AppManifest } from '../domain/catalog/manifest';
import type { Source } from './editor/session';

interface CatalogState {
  /** The stored custom apps, as last handed over (some may be left out of the catalog). */
  custom: readonly AppManifest[];
  /** The effective catalog's index: always there. */
  index: CatalogIndex;
  /** The effective catalog with every manifest; undefined until the built-in manifests are loaded. */
  catalog: Catalog | undefined;
}

const store = createStore<CatalogState>()(() => ({ custom: [], index: builtInIndex, catalog: undefined }));

/** The built-in apps' index: English names, and Polish ones once `loadPolishNames()` has loaded them. */
let builtInNames: CatalogIndex = builtInIndex;
let polishLoading: Promise<void> | undefined;

/** The built-in manifests, once loaded. */
let builtIn: Catalog | undefined;
let loading: Promise<Catalog> | undefined;

let composer: typeof Compose.composeCatalog | undefined;

/**
 * Loads what composes the built-in apps with custom ones (domain/catalog/compose.ts):
 * the start awaits it when there are stored custom apps (state/customAppsStart.ts); with
 * none, the built-in catalog is the effective one and the first page does without it.
 */
export async function loadComposer(): Promise<void> {
  composer ??= (await import('../domain/catalog/compose')).composeCatalog;
}

/** The built-in catalog (or index) with the custom apps; with custom apps, `loadComposer()` must have resolved. */
function composeCatalog<A extends IndexApp>(custom: readonly AppManifest[], base: CatalogOf<A>): Compose.ComposedCatalog<A> {
  if (custom.length === 0) return { catalog: base, skipped: [] };
  if (!composer) throw new Error('Await loadComposer() before setCustomApps() with custom apps.');
  return composer(custom, base);
}

/**
 * Makes the given custom apps part of the catalog (its index at once, its
 * manifests too once they are loaded). Returns the apps left out, with why:
 * the same for both, since composeCatalog reads only ids and names of the base.
 * With custom apps, await `loadComposer()` first.
 */
export function setCustomApps(custom: readonly AppManifest[]): { id: string; reason: string }[] {
  const { catalog: index, skipped } = composeCatalog(custom, builtInNames);
  store.setState({ custom, index, catalog: builtIn && composeCatalog(custom, builtIn).catalog });
  return skipped;
}

/**
 * Adds the built-in apps' Polish names to the index (catalogIndex.pl.json, a
 * chunk of their own), once; a failed load is tried again on the next call.
 * The UI awaits it before it shows Polish (ui/i18n/language.ts), so a Polish
 * name is never missing on screen.
 */
export function loadPolishNames(): Promise<void> {
  polishLoading ??= Promise.all([import('../domain/catalog/catalogIndexPolish'), import('../domain/catalog/catalogIndex.pl.json')]).then(
    ([{ withPolishNames }, { default: names }]) => {
      builtInNames = withPolishNames(builtInIndex, names);
      store.setState((s) => ({ index: composeCatalog(s.custom, builtInNames).catalog }));
    },
    (error: unknown) => {
      polishLoading = undefined;
      throw error;
    },
  );
  return polishLoading;
}

/** Loads the built-in manifests once (a chunk of their own); a failed load is tried again on the next call. */
function loadFullCatalog(): Promise<Catalog> {
  loading ??= import('../domain/catalog/builtIn').then(
    ({ builtInCatalog }) => {
      builtIn = builtInCatalog;
      const catalog = composeCatalog(store.getState().custom, builtInCatalog).catalog;
      store.setState({ catalog });
      return catalog;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * Resolves when the effective catalog with every manifest is there, with it
 * (read `currentCatalog()` again later: custom apps may change it). Lazy
 * pages await it with their module; anything that reads fields, setup or
 * sample payloads outside them awaits it first.
 */
export async function ensureFullCatalog(): Promise<Catalog> {
  await loadFullCatalog();
  return currentCatalog();
}

/** The effective catalog with every manifest now (for code outside React); throws before `ensureFullCatalog()` resolved. */
export function currentCatalog(): Catalog {
  const { catalog } = store.getState();
  if (!catalog) {
    throw new Error('The connector catalog is not loaded yet: await ensureFullCatalog() first, or use currentIndex() for names.');
  }
  return catalog;
}

/** The effective catalog's index now: ids and names, there from the start. */
export function currentIndex(): CatalogIndex {
  return store.getState().index;
}

/** The effective catalog as a followed value (the editor session's; the editor page loads it first). */
export const catalogSource: Source<Catalog> = {
  current: currentCatalog,
  subscribe: (listener) => store.subscribe(listener),
};

/** The effective catalog with every manifest; re-renders the caller when it changes, suspends until it is loaded. */
export function useCatalog(): Catalog {
  const catalog = useStore(store, (s) => s.catalog);
  return catalog ?? use(loadFullCatalog());
}

/** The effective catalog's index (ids and names); re-renders the caller when custom apps change. */
export function useCatalogIndex(): CatalogIndex {
  return useStore(store, (s) => s.index);
}
