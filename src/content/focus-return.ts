/** The shortcut that moves focus into Learnmark's note in the page while one is shown: Alt+Shift+L. */
const isFocusShortcut = (e: KeyboardEvent) => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyL';

/**
 * How the person reaches what Learnmark shows in a page (the save toast, the nudge card) and
 * leaves it, without Learnmark ever taking focus: Alt+Shift+L moves focus to `into()` inside the
 * closed `host`, remembering where it was in the page; `giveBack()` returns it there (or just
 * out of the host when that element is gone), and only when focus is in the host: otherwise
 * the person is elsewhere and stays there. Only the person's own keys count (`isPerson`).
 */
export function focusReturn(
  win: Window,
  host: HTMLElement,
  into: () => HTMLElement | null,
  isPerson: (e: Event) => boolean,
): { giveBack: () => void; stop: () => void } {
  const doc = win.document;
  let returnTo: Element | null = null;
  const onShortcut = (event: KeyboardEvent) => {
    if (!isPerson(event) || !isFocusShortcut(event)) return;
    event.preventDefault();
    event.stopPropagation();
    if (doc.activeElement !== host) returnTo = doc.activeElement;
    into()?.focus();
  };
  win.addEventListener('keydown', onShortcut, true);
  return {
    giveBack: () => {
      if (doc.activeElement !== host) return;
      const target = returnTo as HTMLElement | null;
      if (target?.isConnected && target !== host) target.focus?.();
      else (doc.activeElement as HTMLElement | null)?.blur?.();
    },
    stop: () => win.removeEventListener('keydown', onShortcut, true),
  };
}
