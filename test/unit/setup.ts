// A real IndexedDB implementation in Node, so Dexie code runs unmocked in unit tests.
import 'fake-indexeddb/auto';
