/** Messages of the save toast (the confirmation in the page → worker). */
export interface ToastMessages {
  /**
   * Edit, pressed in the toast: opens the editor for the item saved last in the sender's own
   * tab. The toast names no item: the worker knows which one from the tab that sent it.
   */
  'toast-edit': { request: Record<string, never>; response: { ok: boolean } };
  /**
   * The offer of a toast that said why nothing was saved, accepted: "Save the link anyway" (a
   * page that did not load: its address, marked) or "Save this post by …" (on a feed: the post
   * most in view), for the sender's own tab, once per refusal. The toast names nothing.
   */
  'toast-accept': { request: Record<string, never>; response: { ok: boolean } };
}

/** What the worker hands the toast after a save. Plain data, rendered as text. */
export interface SavedToast {
  /** Saved before: the toast says it was updated. */
  resaved: boolean;
  /** Goals the item was tied to at once, and goals only suggested for it. */
  tied: number;
  suggested: number;
  /** Only the address was kept, and why, in the popup's words; null when the page was read. */
  detail: string | null;
  /** What was saved, as the library lists it (its title, or its address): shown as text. */
  title: string;
}

/** What the worker hands the toast when a save stored nothing: why, in the popup's words. */
interface RefusedToast {
  refused: string;
  /** What the popup would offer instead, as the button says it ("Save the link anyway"), or null. */
  offer: string | null;
  /** The first words of the post offered, to recognise it by. */
  quote?: string | null;
}

export type ToastData = SavedToast | RefusedToast;
