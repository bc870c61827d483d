/**
 * Message catalog types and the loaded catalogs. English is bundled (it is the
 * fallback and the default); Polish is a separate chunk fetched on demand.
 */
import { en } from './en';
import type { Language, Message, PluralMessage } from './format';

export type MessageKey = keyof typeof en;

/** A translation of an English area: same keys; a plural stays plural, a string may become plural (Polish counts). */
export type MessagesOf<T> = { readonly [K in keyof T]: T[K] extends PluralMessage ? PluralMessage : Message };

export type Catalog = Readonly<Record<MessageKey, Message>>;

const loaded: Partial<Record<Language, Catalog>> = { en };

/** The catalog of a language if it is loaded already. */
export function loadedCatalog(language: Language): Catalog | undefined {
  return loaded[language];
}

/** Loads a language's catalog (the Polish chunk on first use). */
export async function loadCatalog(language: Language): Promise<Catalog> {
  const ready = loaded[language];
  if (ready) return ready;
  const module = await import('./pl');
  loaded.pl = module.pl;
  return module.pl;
}
