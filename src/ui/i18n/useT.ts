/**
 * `useT()` gives components a translator bound to the current language; it
 * re-renders them when the language changes. `translate` is the same for code
 * outside React (it reads the current language at call time).
 */
import { useCallback } from 'react';
import { loadedCatalog, type MessageKey } from './catalog';
import { en } from './en';
import { formatMessage, type Language, type Params } from './format';
import { useLanguageStore } from './language';

export type Translate = (key: MessageKey, params?: Params) => string;

/** Formats a key in a language; English when that language's catalog is not loaded. */
export function translateIn(language: Language, key: MessageKey, params?: Params): string {
  const catalog = loadedCatalog(language) ?? en;
  return formatMessage(catalog === en ? 'en' : language, catalog[key] ?? en[key], params);
}

/** Translates in the language currently shown. */
export const translate: Translate = (key, params) => translateIn(useLanguageStore.getState().language, key, params);

/** The current language (re-renders on change). */
export function useLanguage(): Language {
  return useLanguageStore((s) => s.language);
}

/** A translator for the current language (stable until the language changes). */
export function useT(): Translate {
  const language = useLanguage();
  return useCallback<Translate>((key, params) => translateIn(language, key, params), [language]);
}

/** Picks a catalog text (`{ en, pl }` in app manifests) in the current language, English when missing. */
export function useLocalized(): (text: { readonly en: string; readonly pl?: string }) => string {
  const language = useLanguage();
  return useCallback((text) => (language === 'pl' && text.pl ? text.pl : text.en), [language]);
}
