// Unit tests run on Node: fake-indexeddb provides the IndexedDB that Dexie needs.
import 'fake-indexeddb/auto';
