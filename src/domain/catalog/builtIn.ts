/**
 * The built-in catalog: every app manifest under ./apps, parsed and frozen
 * (`buildCatalog`), sorted: Shopify first, then apps by English name. Never
 * changes.
 *
 * This module is the manifests' whole weight (about 19 KB gzip). The app
 * loads it on demand, through `ensureFullCatalog()` in src/state/catalog.ts
 * (the editor, the Organization, Runs and Sandbox pages, imports, exports);
 * the first page uses the index (catalogIndex.ts) instead. Tests, the CLI
 * and the engine's worker import it directly.
 */
import { buildCatalog } from './buildCatalog';
import type { Catalog } from './catalog';

const manifestFiles = import.meta.glob<unknown>('./apps/*.json', { eager: true, import: 'default' });

export const builtInCatalog: Catalog = buildCatalog(manifestFiles);
