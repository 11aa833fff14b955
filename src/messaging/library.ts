import type { BulkAction, ItemPatch } from '../core/library/bulk';
import type { Item } from '../core/item/model';

/** Messages of the library page (→ worker): edits, bulk actions and their Undo. */
export interface LibraryMessages {
  'library-edit': {
    request: { itemId: string; title?: string; tags?: string[]; goalIds?: string[]; note?: string };
    response: Item | null;
  };
  'library-bulk': { request: { ids: string[]; action: BulkAction }; response: { changed: number; undo: ItemPatch[] } };
  'library-undo': { request: { patches: ItemPatch[] }; response: number };
  'library-delete': { request: { ids: string[] }; response: number };
  'library-restore': { request: { ids: string[] }; response: number };
}
