/**
 * The built-in catalog's index (catalogIndex.ts): the ids and names of every
 * built-in app and its triggers, from catalogIndex.json, which
 * `npm run catalog-index` generates from the manifests. Small (a few KB):
 * the first page loads it; the manifests (builtIn.ts) load on demand.
 */
import { readIndex } from './catalogIndex';
import { type CatalogIndex, deepFreeze } from './catalog';
import indexFile from './catalogIndex.json';

const read = readIndex(indexFile);

/** The built-in apps' index; empty when catalogIndex.json has problems, and `builtInIndexChecked` then rejects. */
export const builtInIndex: CatalogIndex = read.index ?? deepFreeze({ apps: [], byId: new Map() });

/**
 * Rejects naming each problem of catalogIndex.json (the words load only
 * then: catalogIndex.ts `readIndex`); the start awaits it before the first
 * render (main.tsx), so a broken index stops the app as it did when it threw.
 */
export const builtInIndexChecked: Promise<void> = read.problems ?? Promise.resolve();
