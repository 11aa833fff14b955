import type { InputHTMLAttributes } from 'preact';
import { useRef } from 'preact/hooks';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'role' | 'value' | 'onInput' | 'onChange'> & {
  /** The value as stored (or as the form holds it); null shows an empty field. */
  value: number | string | null;
  /** Each keystroke's text, for a form that keeps its own draft. */
  onDraft?: (text: string) => void;
  /** The text when the person is done with the field (Enter, Tab, leaving it): check it, save it. */
  onCommit?: (text: string) => void;
};

/**
 * The one number input of the pages: what the person types stays while they type. A redraw
 * meanwhile (a query answering, settings arriving, a save elsewhere) does not put the stored
 * number back under the cursor; the draft gives way once the stored value itself changes (the
 * commit saved, or a form took the keystroke). An invalid commit keeps the draft to correct.
 */
export function NumberField({ value, onDraft, onCommit, ...attributes }: Props) {
  const stored = value ?? '';
  // A ref, not state: the input already shows each keystroke; the draft is only remembered for
  // the next redraw, and forgotten for good once the stored value moves on.
  const draft = useRef<{ text: string; over: number | string } | null>(null);
  if (draft.current !== null && draft.current.over !== stored) draft.current = null;
  const shown = draft.current !== null ? draft.current.text : stored;
  return (
    <input
      {...attributes}
      type="number"
      value={shown}
      onInput={(e) => {
        const text = e.currentTarget.value;
        draft.current = { text, over: stored };
        onDraft?.(text);
      }}
      onChange={(e) => onCommit?.(e.currentTarget.value)}
    />
  );
}
