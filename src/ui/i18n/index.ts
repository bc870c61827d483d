/** The UI's translation kit: `useT`, `useLocalized`, the language store and the catalogs' types. */
export { useT, useLanguage, useLocalized, translate, translateIn, type Translate } from './useT';
export { chooseLanguage, startLanguage, initialLanguage } from './language';
export type { MessageKey } from './catalog';
export { LANGUAGES, type Language } from './format';
