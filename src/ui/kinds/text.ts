/** Small helpers the kinds' UI modules share for their words. */
import { type Language, type MessageKey, translateIn } from '../i18n';

/** A `{ en, pl }` text of a manifest in the language (English where Polish is missing). */
export function pick(language: Language, text: { en: string; pl?: string }): string {
  return language === 'pl' && text.pl ? text.pl : text.en;
}

/** A message of the UI's catalogs in the language. */
export function say(language: Language, key: MessageKey, params?: Parameters<typeof translateIn>[2]): string {
  return translateIn(language, key, params);
}
