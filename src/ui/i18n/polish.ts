/**
 * The Polish messages as the app loads them (catalog.ts): this chunk holds
 * the first page's Polish areas (`FIRST_PAGE_AREAS`) and the loaders of the
 * other areas, one chunk each. It is fetched with the first Polish message
 * asked for: on a Polish first load, before the first render.
 */
import type { AreaMessages, FirstPageArea } from './catalog';
import { app } from './pl/app';
import { shell } from './pl/shell';
import { templates } from './pl/templates';
import { transfer } from './pl/transfer';
import { workflows } from './pl/workflows';

export const firstPage: Record<FirstPageArea, AreaMessages> = { shell, app, workflows, transfer, templates };

// The pattern repeats FIRST_PAGE_AREAS (the type above checks the list; a test loads every area of both languages).
export const loaders = import.meta.glob<Record<string, unknown>>(['./pl/*.ts', '!./pl/index.ts', '!./pl/{shell,app,workflows,transfer,templates}.ts']);
