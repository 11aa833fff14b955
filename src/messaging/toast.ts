/** Messages of the save toast (the confirmation in the page → worker). */
export interface ToastMessages {
  /**
   * Edit, pressed in the toast: opens the editor for the item saved last in the sender's own
   * tab. The toast names no item: the worker knows which one from the tab that sent it.
   */
  'toast-edit': { request: Record<string, never>; response: { ok: boolean } };
  /**
   * "Save the link anyway", pressed in the toast that said the page did not load: keeps the
   * sender's own tab's address, marked as not loaded, once per refusal. The toast names nothing.
   */
  'toast-save-anyway': { request: Record<string, never>; response: { ok: boolean } };
}

/** What the worker hands the toast after a save. Plain data, rendered as text. */
export interface SavedToast {
  /** Saved before: the toast says it was updated. */
  resaved: boolean;
  /** Goals the item was tied to at once, and goals only suggested for it. */
  tied: number;
  suggested: number;
}

/** What the worker hands the toast when a save stored nothing: why, in the popup's words. */
export interface RefusedToast {
  refused: string;
  /** The page did not load: the toast offers "Save the link anyway", as the popup does. */
  anyway: boolean;
}

export type ToastData = SavedToast | RefusedToast;
