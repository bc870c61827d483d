/**
 * The UI language: chosen by the user (persisted in localStorage, parsed with
 * zod on read, shared live with other tabs through the `storage` event) or,
 * until they choose, the browser's preferred language. localStorage rather
 * than IndexedDB because the first paint needs the answer synchronously.
 */
import { z } from 'zod';
import { create } from 'zustand';
import { loadPolishNames } from '../../state/catalog';
import { type Area, FIRST_PAGE_AREAS, areasLoaded, loadAreas } from './catalog';
import { pickBrowserLanguage, type Language } from './format';

export const STORAGE_KEY = 'flowbench.language';
const StoredLanguage = z.enum(['en', 'pl']);

function storedLanguage(): Language | undefined {
  try {
    const parsed = StoredLanguage.safeParse(globalThis.localStorage?.getItem(STORAGE_KEY));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // storage disabled: follow the browser
  }
}

function browserLanguage(): Language {
  const nav = globalThis.navigator as Navigator | undefined;
  return pickBrowserLanguage(nav?.languages?.length ? nav.languages : [nav?.language ?? 'en']);
}

/** The language to start in: the stored choice, else the browser's. */
export function initialLanguage(): Language {
  return storedLanguage() ?? browserLanguage();
}

interface LanguageState {
  /** The language shown: every area in `wanted` is loaded in it. */
  language: Language;
  /** Bumped when an area arrives that a translation asked for before it was loaded (see `areaMissed`). */
  revision: number;
}

export const useLanguageStore = create<LanguageState>(() => ({ language: 'en', revision: 0 }));

/** The areas the pages opened so far need: a language switch loads all of them before it shows. */
const wanted = new Set<Area>(FIRST_PAGE_AREAS);

function show(language: Language): void {
  useLanguageStore.setState({ language });
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/**
 * Loads the language's messages of every area wanted so far (and, for Polish,
 * the apps' Polish names of the catalog's index), then switches the UI to it
 * (no half-translated frame).
 */
export async function applyLanguage(language: Language): Promise<void> {
  const messages = async () => {
    // A page may ask for more areas while these load: load until none is missing.
    while (!areasLoaded(language, wanted)) await loadAreas(language, [...wanted]);
  };
  await Promise.all([messages(), language === 'pl' ? loadPolishNames() : undefined]);
  show(language);
}

/**
 * Loads message areas in the language shown (and keeps them wanted for a later
 * switch). A lazy page awaits this together with its code (`lazyWithMessages`),
 * so it never renders before its messages are there.
 */
export async function requireAreas(areas: readonly Area[]): Promise<void> {
  for (const area of areas) wanted.add(area);
  let language = useLanguageStore.getState().language;
  await loadAreas(language, areas);
  // A switch that finished meanwhile loaded them as well (they were wanted); one that is still
  // running shows only once they are loaded in its language.
  language = useLanguageStore.getState().language;
  if (!areasLoaded(language, areas)) await loadAreas(language, areas);
}

/**
 * A translation met a key whose area is not loaded: a page forgot to declare
 * an area (areaUsage.test.ts exists to catch that). Loads it and re-renders the
 * translators rather than leaving the key on screen.
 */
export function areaMissed(language: Language, area: Area): void {
  const id = `${language}/${area}`;
  if (missing.has(id)) return;
  missing.add(id);
  console.error(`Messages of the area "${area}" were used before they were loaded`);
  wanted.add(area);
  void loadAreas(language, [area]).then(
    () => {
      missing.delete(id);
      useLanguageStore.setState((s) => ({ revision: s.revision + 1 }));
    },
    (error: unknown) => console.error(`Could not load the messages of "${area}"`, error),
  );
}
const missing = new Set<string>();

/** The user's choice: persisted, applied here and (through `storage` events) in other tabs. */
export async function chooseLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisted (storage disabled); still applied for this tab.
  }
  await applyLanguage(language);
}

/** Starts in the initial language and follows changes made in other tabs. Resolves once the first catalog is ready. */
export async function startLanguage(): Promise<void> {
  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key !== STORAGE_KEY) return;
      const parsed = StoredLanguage.safeParse(event.newValue);
      void applyLanguage(parsed.success ? parsed.data : browserLanguage());
    });
  }
  try {
    await applyLanguage(initialLanguage());
  } catch (error) {
    console.error('Could not load the chosen language; showing English', error);
    show('en');
  }
}
