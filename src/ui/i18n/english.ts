/**
 * The loaders of the English areas that are not on the first page, one chunk
 * each (catalog.ts): this chunk loads with the first of them asked for, when
 * a later part of the UI loads its messages.
 */
import type { AreaMessages } from './catalog';

/** The first page's English areas are in the first bundle (catalog.ts). */
export const firstPage: Record<string, AreaMessages> = {};

// The pattern repeats FIRST_PAGE_AREAS (a test loads every area of both languages).
export const loaders = import.meta.glob<Record<string, unknown>>(['./en/*.ts', '!./en/index.ts', '!./en/{shell,app,workflows,transfer,templates}.ts']);
