/** A search error in the UI's language: its code worded by the catalog, the character counted from 1. */
import type { SearchError } from '../../../domain/search/errors';
import type { Translate } from '../../i18n';

export function searchErrorText(t: Translate, error: SearchError): string {
  return t(`storeData.searchError.${error.code}`, { ...error.params, position: (error.offset ?? 0) + 1 });
}
