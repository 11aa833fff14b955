import { useLayoutEffect, useRef } from 'preact/hooks';
import { ActionError } from '../ui/ActionError';
import { t } from '../ui/i18n';
import { useAction } from '../ui/use-action';

/** What was just done, and how to take it back. */
export interface Undoable {
  message: string;
  undo: () => Promise<unknown>;
}

/** How long Undo stays offered: long enough to notice and reach it by keyboard. */
const UNDO_MS = 15_000;

/** The last action's outcome with Undo, announced politely, gone after UNDO_MS. */
export function UndoToast({ done, onClose }: { done: Undoable | null; onClose: () => void }) {
  const undo = useAction(async () => {
    await done?.undo();
    onClose();
  });
  const button = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (!done) return;
    // The control that acted may be gone with the selection: Undo is where the keyboard goes next.
    button.current?.focus();
    const timer = setTimeout(onClose, UNDO_MS);
    return () => clearTimeout(timer);
  }, [done]);
  return (
    <div class="toast" role="status">
      {done && (
        <>
          <span>{done.message}</span>
          <button type="button" ref={button} disabled={undo.busy} onClick={() => void undo.run()}>
            {t('libraryUndo')}
          </button>
          <ActionError error={undo.error} />
        </>
      )}
    </div>
  );
}
