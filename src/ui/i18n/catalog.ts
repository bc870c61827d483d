/**
 * Message catalog types and the loaded messages. The catalogs are split by UI
 * area (`en/<area>.ts`, `pl/<area>.ts`, keys prefixed with the area), and each
 * area of each language is its own chunk, loaded when a page that needs it is
 * opened (docs/i18n.md, "Messages per page"). Only the English areas of the
 * first page (`FIRST_PAGE_AREAS`) are in the first bundle; the loaders of the
 * other areas come in a chunk per language (english.ts, polish.ts, the latter
 * with the first page's Polish areas).
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

const loaded: Record<Language, Map<Area, AreaMessages>> = {
  en: new Map(Object.entries(firstPage) as [Area, AreaMessages][]),
  pl: new Map(),
};
const pending = new Map<string, Promise<void>>();

const languageLoaders: Partial<Record<Language, Promise<Loaders>>> = {};
/**
 * The loaders of a language's other areas, one chunk each, themselves in a
 * chunk loaded with the first area asked for (english.ts, polish.ts): the
 * first page carries no file names of areas. polish.ts also holds the first
 * page's Polish areas: a Polish first load fetches it before the first render.
 */
function loadersOf(language: Language): Promise<Loaders> {
  const load = language === 'en' ? () => import('./english') : () => import('./polish');
  languageLoaders[language] ??= load().then(
    (module) => {
      for (const [area, messages] of Object.entries(module.firstPage)) if (!loaded[language].has(area as Area)) loaded[language].set(area as Area, messages);
      return module.loaders;
    },
    (error: unknown) => {
      delete languageLoaders[language];
      throw error;
    },
  );
  return languageLoaders[language];
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
