import { useEffect, useState } from 'preact/hooks';
import { anchorQuote, type TextQuote } from '../core/highlight/anchor';
import { HIGHLIGHT_COLORS, NOTE_MAX, type Highlight, type HighlightColor } from '../core/highlight/model';
import { ActionError } from '../ui/ActionError';
import { ask } from '../ui/ask';
import { t } from '../ui/i18n';
import { useAction } from '../ui/use-action';
import { clearMarks, MARK_ATTR, wrapText } from './marks';

const COLOR_NAMES: Record<HighlightColor, string> = {
  yellow: t('readerColorYellow'),
  green: t('readerColorGreen'),
  blue: t('readerColorBlue'),
  pink: t('readerColorPink'),
};

/**
 * Draws the highlights into the article (again whenever they change) and answers the ids of
 * those whose text is no longer in it.
 */
export function useHighlightMarks(
  root: HTMLElement | null,
  drawn: number,
  highlights: Highlight[] | undefined,
): Set<string> {
  const [missing, setMissing] = useState<Set<string>>(new Set());
  useEffect(() => {
    if (!root || !highlights) return;
    clearMarks(root);
    const text = root.textContent ?? '';
    const lost = new Set<string>();
    for (const h of highlights) {
      const range = anchorQuote(text, h);
      if (!range) {
        lost.add(h.id);
        continue;
      }
      wrapText(root, range.start, range.end, () => {
        const mark = document.createElement('mark');
        mark.className = `hl hl-${h.color}`;
        mark.setAttribute(MARK_ATTR, h.id);
        if (h.note) mark.title = h.note;
        return mark;
      });
    }
    setMissing(lost);
  }, [root, drawn, highlights]);
  return missing;
}

/** The form that turns the selected text into a highlight, with a colour and an optional note. */
export function HighlightForm({ itemId, quote, onDone }: { itemId: string; quote: TextQuote; onDone: () => void }) {
  const [color, setColor] = useState<HighlightColor>('yellow');
  const [note, setNote] = useState('');
  const save = useAction(async () => {
    await ask('highlight-add', { itemId, ...quote, color, note });
    getSelection()?.removeAllRanges();
    onDone();
  });
  const submit = (e: Event) => {
    e.preventDefault();
    void save.run();
  };
  return (
    <form class="highlight-form" onSubmit={submit} aria-labelledby="highlight-form-heading">
      <h2 id="highlight-form-heading">{t('readerHighlightSelection')}</h2>
      <blockquote class="highlight-quote">{quote.exact}</blockquote>
      <fieldset class="highlight-colors">
        <legend>{t('readerHighlightColor')}</legend>
        {HIGHLIGHT_COLORS.map((c) => (
          <label key={c} class={`swatch-choice hl-${c}`}>
            <input type="radio" name="highlight-color" checked={color === c} onChange={() => setColor(c)} />
            {COLOR_NAMES[c]}
          </label>
        ))}
      </fieldset>
      <label for="highlight-note">{t('readerHighlightNote')}</label>
      <textarea
        id="highlight-note"
        rows={2}
        maxLength={NOTE_MAX}
        value={note}
        onInput={(e) => setNote(e.currentTarget.value)}
      />
      <ActionError error={save.error} />
      <div class="row">
        <button type="submit" class="primary" disabled={save.busy}>
          {t('readerHighlightSave')}
        </button>
        <button type="button" class="secondary" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

/** Every highlight of the item, in text order, with its note; delete with Undo. */
export function HighlightList({
  highlights,
  missing,
  inReview,
}: {
  highlights: Highlight[];
  missing: Set<string>;
  inReview: Set<string>;
}) {
  const [deleted, setDeleted] = useState<Highlight | null>(null);
  const remove = useAction(async (id: string) => setDeleted(await ask('highlight-delete', { id })));
  const review = useAction(async (highlightId: string) => ask('review-add', { highlightId }));
  const undo = useAction(async () => {
    if (deleted) await ask('highlight-restore', deleted);
    setDeleted(null);
  });
  if (!highlights.length && !deleted) return null;
  return (
    <section class="highlights" aria-labelledby="highlights-heading" data-testid="highlights">
      <h2 id="highlights-heading">{t('readerHighlights')}</h2>
      <div aria-live="polite">
        {deleted && (
          <p class="highlight-deleted">
            {t('readerHighlightDeleted')}{' '}
            <button type="button" class="secondary" onClick={() => void undo.run()} disabled={undo.busy}>
              {t('undo')}
            </button>
          </p>
        )}
      </div>
      <ActionError error={remove.error ?? undo.error ?? review.error} />
      <ul>
        {highlights.map((h) => (
          <li key={h.id} data-highlight={h.id}>
            <span class={`swatch hl-${h.color}`} aria-hidden="true" />
            <q>{h.exact}</q>
            {h.note && <p class="highlight-note">{h.note}</p>}
            {missing.has(h.id) && <p class="highlight-missing">{t('readerHighlightMissing')}</p>}
            {inReview.has(h.id) ? (
              <span class="highlight-in-review">{t('readerInReview')} </span>
            ) : (
              <button type="button" class="secondary" onClick={() => void review.run(h.id)} disabled={review.busy}>
                {t('readerAddToReview')}
                <span class="visually-hidden">: {h.exact.slice(0, 80)}</span>
              </button>
            )}{' '}
            <button type="button" class="secondary" onClick={() => void remove.run(h.id)} disabled={remove.busy}>
              {t('readerHighlightDelete')}
              <span class="visually-hidden">: {h.exact.slice(0, 80)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
