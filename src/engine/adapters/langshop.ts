/**
 * LangShop (simulated): translates a product or a collection into every
 * language of the store, one record per language in `translations` (keyed
 * by resource and language, so translating again updates the same records).
 *
 * The store's languages come from the `languages` collection of the app's
 * sandbox (records with a `code`, like { code: 'pl' }, or with the code as
 * their id; `published: false` leaves a language out); an empty collection
 * means the demo default: Polish, German and French.
 */
import type { ActionCall, ActionResult, AppAdapter } from '../types';
import { reject, triggerResourceId } from './adapterHelpers';
import { positiveInteger } from './adapterExtras';

export const DEFAULT_LANGUAGES: readonly string[] = ['pl', 'de', 'fr'];

const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/;

/** The languages to translate into, in the order the store lists them. */
export function storeLanguages(call: ActionCall): string[] {
  const records = call.sandbox.list('languages');
  if (records.length === 0) return [...DEFAULT_LANGUAGES];
  const codes: string[] = [];
  for (const record of records) {
    if (record.published === false) continue;
    const code = typeof record.code === 'string' ? record.code : record.id;
    if (typeof code !== 'string' || !LANGUAGE_CODE.test(code)) {
      reject(`The store language "${String(code)}" is not a language code like "pl" or "pt-BR"`);
    }
    if (!codes.includes(code)) codes.push(code);
  }
  if (codes.length === 0) reject('The store has no published languages to translate into');
  return codes;
}

function translate(call: ActionCall, resource: 'product' | 'collection', resourceIdValue: string): ActionResult {
  for (const language of storeLanguages(call)) {
    call.sandbox.upsert('translations', `${resource}-${resourceIdValue}-${language}`, {
      resource,
      resourceId: resourceIdValue,
      language,
      status: 'translated',
      translatedAt: call.now,
    });
  }
  return {};
}

export const langshopAdapter: AppAdapter = {
  appId: 'langshop',
  actions: {
    'translate-product': (call) => translate(call, 'product', triggerResourceId(call, 'product')),
    'translate-collection': (call) =>
      translate(call, 'collection', String(positiveInteger(call.fields, 'collection_id', 'The collection ID'))),
  },
  collections: { translations: 'Translations', languages: 'Store languages' },
};
