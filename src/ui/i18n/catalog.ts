/**
 * Message catalog types and the loaded messages. The catalogs are split by UI
 * area (`en/<area>.ts`, `pl/<area>.ts`, keys prefixed with the area), and each
 * area of each language is its own chunk, loaded when a page that needs it is
 * opened (docs/i18n.md, "Messages per page"). Only the English areas of the
 * first page (`FIRST_PAGE_AREAS`) are in the first bundle; the Polish ones
 * of those areas come in one chunk with the Polish loaders (polish.ts).
 */
import type { Language, Message } from './format';
import type { Area, MessageKey } from './messages';
import { app } from './en/app';
import { shell } from './en/shell';
import { templates } from './en/templates';
import { transfer } from './en/transfer';
import { workflows } from './en/workflows';

export type { Area, Catalog, MessageKey, MessagesOf } from './messages';
export type AreaMessages = Readonly<Record<string, Message>>;

/** Every area, in the order of en/index.ts (areaUsage.test.ts checks the list is complete). */
export const AREAS = [
  'shell', 'app', 'canvas', 'customApps', 'editor', 'inspector', 'org', 'pages', 'palette', 'problems', 'pwa',
  'runs', 'sandbox', 'simulator', 'storeData', 'templates', 'templateItems', 'tour', 'transfer', 'workflows', 'runCanvas', 'notes',
  'repair', 'flowExport', 'pathProblems', 'templateCards', 'storageBanner', 'importStatus',
] as const satisfies readonly Area[];

/**
 * The English messages of the areas the first page (the shell and the
 * Workflows page) uses: bundled with it. In Polish these areas are loaded
 * before the first render. areaUsage.test.ts checks they cover every key the
 * first page's modules use.
 */
const firstPage = { shell, app, workflows, transfer, templates } satisfies Partial<Record<Area, AreaMessages>>;
export const FIRST_PAGE_AREAS = Object.keys(firstPage) as readonly Area[];
export type FirstPageArea = keyof typeof firstPage;

type Loaders = Record<string, () => Promise<Record<string, unknown>>>;

// English: one chunk per area, but for the first page's areas, bundled above
// (the pattern repeats FIRST_PAGE_AREAS; a test loads every area of both languages).
const englishLoaders: Loaders = import.meta.glob<Record<string, unknown>>([
  './en/*.ts',
  '!./en/index.ts',
  '!./en/{shell,app,workflows,transfer,templates}.ts',
]);

const loaded: Record<Language, Map<Area, AreaMessages>> = {
  en: new Map(Object.entries(firstPage) as [Area, AreaMessages][]),
  pl: new Map(),
};
const pending = new Map<string, Promise<void>>();

let polish: Promise<Loaders> | undefined;
/**
 * The loaders of a language's areas. Polish ones come with the first Polish
 * message asked for, in one chunk (polish.ts) with the first page's Polish
 * areas themselves: a Polish first load fetches that chunk before the first
 * render, and the English first page carries no Polish file names.
 */
function loadersOf(language: Language): Loaders | Promise<Loaders> {
  if (language === 'en') return englishLoaders;
  polish ??= import('./polish').then(
    (module) => {
      for (const [area, messages] of Object.entries(module.firstPage)) if (!loaded.pl.has(area as Area)) loaded.pl.set(area as Area, messages);
      return module.loaders;
    },
    (error: unknown) => {
      polish = undefined;
      throw error;
    },
  );
  return polish;
}

/** The area of a key (`'workflows.new'` → `'workflows'`), or undefined when it names none. */
export function areaOf(key: string): Area | undefined {
  const area = key.slice(0, key.indexOf('.'));
  return (AREAS as readonly string[]).includes(area) ? (area as Area) : undefined;
}

/** A message if its area is loaded in that language. */
export function loadedMessage(language: Language, key: string): Message | undefined {
  const area = areaOf(key);
  const messages = area && loaded[language].get(area);
  return messages && Object.hasOwn(messages, key) ? messages[key] : undefined;
}

/** Whether a key exists, judged by whichever language has its area loaded (both have the same keys). */
export function isMessageKey(key: string): key is MessageKey {
  const area = areaOf(key);
  const messages = area && (loaded.en.get(area) ?? loaded.pl.get(area));
  return Boolean(messages && Object.hasOwn(messages, key));
}

/** Whether every one of the areas is loaded in the language. */
export function areasLoaded(language: Language, areas: Iterable<Area>): boolean {
  for (const area of areas) if (!loaded[language].has(area)) return false;
  return true;
}

/** Loads areas of a language (each its own chunk; concurrent calls share the requests). */
export async function loadAreas(language: Language, areas: Iterable<Area>): Promise<void> {
  const missing = [...areas].filter((area) => !loaded[language].has(area));
  if (missing.length === 0) return;
  const loaders = await loadersOf(language);
  const waits: Promise<void>[] = [];
  for (const area of missing) {
    if (loaded[language].has(area)) continue; // came with the Polish chunk, or meanwhile
    const id = `${language}/${area}`;
    let wait = pending.get(id);
    if (!wait) {
      const load = loaders[`./${language}/${area}.ts`];
      if (!load) throw new Error(`No messages for the area "${area}" in ${language}`);
      wait = load().then(
        (module) => {
          loaded[language].set(area, module[area] as AreaMessages);
          pending.delete(id);
        },
        (error: unknown) => {
          pending.delete(id);
          throw error;
        },
      );
      pending.set(id, wait);
    }
    waits.push(wait);
  }
  await Promise.all(waits);
}

/** Loads every area of a language (tests, and tools that show any message). */
export function loadCatalog(language: Language): Promise<void> {
  return loadAreas(language, AREAS);
}
