// Unit tests run on Node: fake-indexeddb provides the IndexedDB that Dexie needs.
import 'fake-indexeddb/auto';
// Messages load per area in the app (docs/i18n.md); tests translate anything, so English is loaded whole.
import { loadCatalog } from '../src/ui/i18n/catalog';
await loadCatalog('en');
