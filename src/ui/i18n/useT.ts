/**
 * `useT()` gives components a translator bound to the current language; it
 * re-renders them when the language changes. `translate` is the same for code
 * outside React (it reads the current language at call time).
 */
import { useCallback, useMemo } from 'react';
import { areaOf, loadedMessage, type MessageKey } from './catalog';
import { formatMessage, type Language, type Params } from './format';
import { areaMissed, useLanguageStore } from './language';

export type Translate = (key: MessageKey, params?: Params) => string;

/**
 * Formats a key in a language. Its area is loaded by the page that uses it
 * (areaUsage.test.ts); if it is not, the English message when that is loaded,
 * else the key, while the area loads and the translators re-render.
 */
export function translateIn(language: Language, key: MessageKey, params?: Params): string {
  const message = loadedMessage(language, key);
  if (message !== undefined) return formatMessage(language, message, params);
  const area = areaOf(key);
  if (area) areaMissed(language, area);
  const english = loadedMessage('en', key);
  return english === undefined ? key : formatMessage('en', english, params);
}

/** Translates in the language currently shown. */
export const translate: Translate = (key, params) => translateIn(useLanguageStore.getState().language, key, params);

/** The current language (re-renders on change). */
export function useLanguage(): Language {
  return useLanguageStore((s) => s.language);
}

/** A new translator per language and revision (the revision only makes it a new function). */
function translatorFor(language: Language, _revision: number): Translate {
  return (key, params) => translateIn(language, key, params);
}

/** A translator for the current language (stable until the language changes). */
export function useT(): Translate {
  const language = useLanguage();
  // A late area (see `areaMissed`) bumps the revision: a new translator re-renders its users.
  const revision = useLanguageStore((s) => s.revision);
  return useMemo(() => translatorFor(language, revision), [language, revision]);
}

/** Picks a catalog text (`{ en, pl }` in app manifests) in the current language, English when missing. */
export function useLocalized(): (text: { readonly en: string; readonly pl?: string }) => string {
  const language = useLanguage();
  return useCallback((text) => (language === 'pl' && text.pl ? text.pl : text.en), [language]);
}
