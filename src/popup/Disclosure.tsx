import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/**
 * Which of the popup's secondary sections the person left open, on this computer. Kept in the
 * page's own localStorage: it is read before the first draw, so an open section never jumps in
 * after the week, and it is a matter of this screen, not of the library (never synced or backed up).
 */
const OPEN_KEY = 'learnmark.popup.open';

function readOpen(): Set<string> {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(OPEN_KEY) ?? '[]');
    return new Set(Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Whether the person left section `id` open. */
export const isOpen = (id: string): boolean => readOpen().has(id);

function rememberOpen(id: string, open: boolean) {
  const ids = readOpen();
  if (open) ids.add(id);
  else ids.delete(id);
  localStorage.setItem(OPEN_KEY, JSON.stringify([...ids]));
}

/**
 * A secondary section of the popup, closed until the person opens it, and as they left it
 * afterwards: the popup keeps to the browser's 600 px with the save area and the week above
 * the fold, and what is folded is one click (or Enter on its heading) away.
 */
export function Disclosure({
  id,
  heading,
  children,
  onToggle,
}: {
  id: string;
  heading: string;
  children: ComponentChildren;
  /** Told when the person opens or folds it: what it holds is read only while it is open. */
  onToggle?: (open: boolean) => void;
}) {
  const [open, setOpen] = useState(() => isOpen(id));
  return (
    <details
      class="disclosure"
      data-section={id}
      open={open}
      onToggle={(e) => {
        const now = e.currentTarget.open;
        if (now === open) return;
        setOpen(now);
        rememberOpen(id, now);
        onToggle?.(now);
      }}
    >
      <summary>
        <h2 id={`${id}-heading`}>{heading}</h2>
      </summary>
      {open && children}
    </details>
  );
}
