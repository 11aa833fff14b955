/** Messages of the save toast (the confirmation in the page → worker). */
export interface ToastMessages {
  /**
   * Edit, pressed in the toast: opens the editor for the item saved last in the sender's own
   * tab. The toast names no item: the worker knows which one from the tab that sent it.
   */
  'toast-edit': { request: Record<string, never>; response: { ok: boolean } };
}

/** What the worker hands the toast when it injects it. Plain data, rendered as text. */
export interface ToastData {
  /** Saved before: the toast says it was updated. */
  resaved: boolean;
  /** Goals the item was tied to at once, and goals only suggested for it. */
  tied: number;
  suggested: number;
}
