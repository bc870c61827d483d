/** The catalogs' types, apart from the loading (catalog.ts) so Node-side tools can type-check the catalogs. */
import type { areas as enAreas, en } from './en';
import type { Message, PluralMessage } from './format';

export type MessageKey = keyof typeof en;

/** A UI area: the part of a key before its first dot, one file per language. */
export type Area = keyof typeof enAreas;

/** A translation of an English area: same keys; a plural stays plural, a string may become plural (Polish counts). */
export type MessagesOf<T> = { readonly [K in keyof T]: T[K] extends PluralMessage ? PluralMessage : Message };

export type Catalog = Readonly<Record<MessageKey, Message>>;
