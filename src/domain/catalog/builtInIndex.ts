/**
 * The built-in catalog's index (catalogIndex.ts): the ids and names of every
 * built-in app, its triggers and actions, from catalogIndex.json, which
 * `npm run catalog-index` generates from the manifests. Small (a few KB):
 * the first page loads it; the manifests (builtIn.ts) load on demand.
 */
import { buildIndex } from './catalogIndex';
import type { CatalogIndex } from './catalog';
import indexFile from './catalogIndex.json';

export const builtInIndex: CatalogIndex = buildIndex(indexFile);
