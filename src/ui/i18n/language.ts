/**
 * The UI language: chosen by the user (persisted in localStorage, parsed with
 * zod on read, shared live with other tabs through the `storage` event) or,
 * until they choose, the browser's preferred language. localStorage rather
 * than IndexedDB because the first paint needs the answer synchronously.
 */
import { z } from 'zod';
import { create } from 'zustand';
import { loadCatalog, loadedCatalog } from './catalog';
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
  /** The language whose catalog is loaded and shown. */
  language: Language;
}

export const useLanguageStore = create<LanguageState>(() => ({ language: 'en' }));

function show(language: Language): void {
  useLanguageStore.setState({ language });
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** Loads the language's messages, then switches the UI to it (no half-translated frame). */
export async function applyLanguage(language: Language): Promise<void> {
  if (!loadedCatalog(language)) await loadCatalog(language);
  show(language);
}

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
