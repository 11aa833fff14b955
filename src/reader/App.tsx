import { useEffect, useRef, useState } from 'preact/hooks';
import type { Item } from '../core/item/model';
import { stepTextSize } from '../core/reader/prefs';
import { db } from '../db/db';
import { imagesShown, loadTextSize, progressOf, saveProgress, saveTextSize, setImagesShown } from '../db/reader-state';
import { formatDay } from '../ui/format';
import { t } from '../ui/i18n';
import { SafeLink } from '../ui/SafeLink';
import { useLiveQuery } from '../ui/use-live-query';
import { Article } from './Article';
import { HighlightForm, HighlightList, useHighlightMarks } from './Highlights';
import { selectionOffsets } from './marks';
import { quoteAt, type TextQuote } from '../core/highlight/anchor';
import { highlightsOf } from '../db/highlights';
import { downloadItemNote } from '../ui/item-note';
import { ActionError } from '../ui/ActionError';
import { useAction } from '../ui/use-action';

/** How long scrolling must pause before the position is stored. */
const PROGRESS_SETTLE_MS = 400;

function scrolledFraction(): number {
  const room = document.documentElement.scrollHeight - window.innerHeight;
  return room > 0 ? Math.min(1, window.scrollY / room) : 0;
}

/** Remembers how far the item was read, and goes back there once it is drawn. */
function useReadingProgress(itemId: string) {
  const restored = useRef(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      if (!restored.current) return;
      clearTimeout(timer);
      timer = setTimeout(
        () => void saveProgress(itemId, scrolledFraction()).catch(() => undefined),
        PROGRESS_SETTLE_MS,
      );
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
    };
  }, [itemId]);
  return async () => {
    const fraction = await progressOf(itemId);
    const room = document.documentElement.scrollHeight - window.innerHeight;
    if (fraction > 0 && room > 0) window.scrollTo({ top: fraction * room });
    restored.current = true;
    document.body.dataset.readerReady = 'true';
    // For the bench (reader_open_ms): navigation to the article drawn and in place.
    performance.mark('reader-drawn');
  };
}

export function App({ itemId }: { itemId: string }) {
  const found = useLiveQuery(async () => (await db().items.get(itemId)) ?? null, [itemId]);
  const [size, setSize] = useState<number | null>(null);
  const restore = useReadingProgress(itemId);
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const [drawn, setDrawn] = useState(0);
  const [pending, setPending] = useState<TextQuote | null>(null);
  const highlights = useLiveQuery(() => highlightsOf(db(), itemId), [itemId]);
  const missing = useHighlightMarks(root, drawn, highlights);
  const inReview = useLiveQuery(
    async () =>
      new Set(
        await db()
          .reviewCards.where('sourceId')
          .anyOf((highlights ?? []).map((h) => h.id))
          .keys(),
      ) as Set<string>,
    [highlights],
  );
  useEffect(() => {
    if (!root) return;
    // A selection made with the mouse or the keyboard inside the article offers a highlight.
    const offer = () => {
      const offsets = selectionOffsets(root, getSelection());
      if (offsets) setPending(quoteAt(root.textContent ?? '', offsets.start, offsets.end));
    };
    root.addEventListener('mouseup', offer);
    root.addEventListener('keyup', offer);
    return () => {
      root.removeEventListener('mouseup', offer);
      root.removeEventListener('keyup', offer);
    };
  }, [root]);
  useEffect(() => {
    void loadTextSize().then(setSize);
  }, []);
  // Images load only when the person asks, per item (the choice is remembered on this device).
  const [images, setImages] = useState(false);
  useEffect(() => void imagesShown(itemId).then(setImages), [itemId]);
  const toggleImages = async () => {
    setImages(!images);
    await setImagesShown(itemId, !images).catch(() => undefined);
  };
  const hasImages = /<img\b/i.test(found?.html ?? '');
  useEffect(() => {
    if (found?.title) document.title = t('readerTitleOf', found.title);
  }, [found?.title]);
  const resize = (step: 1 | -1) => {
    const next = stepTextSize(size ?? 0, step);
    setSize(next);
    void saveTextSize(next).catch(() => undefined);
  };

  if (found === undefined || size === null) return <main class="reader" aria-busy="true" />;
  if (found === null) {
    return (
      <main class="reader">
        <h1>{t('readerMissing')}</h1>
      </main>
    );
  }
  return (
    <main class="reader" style={{ '--reader-size': `${size}px` }}>
      <div class="reader-tools" role="group" aria-label={t('readerTextSize')}>
        <button type="button" class="secondary" onClick={() => resize(-1)}>
          <span aria-hidden="true">A−</span>
          <span class="visually-hidden">{t('readerSmaller')}</span>
        </button>
        <button type="button" class="secondary" onClick={() => resize(1)}>
          <span aria-hidden="true">A+</span>
          <span class="visually-hidden">{t('readerLarger')}</span>
        </button>
      </div>
      <ReaderHeader item={found} />
      <ExportNote item={found} />
      {hasImages && (
        <p class="reader-actions">
          <button type="button" class="secondary" aria-pressed={images} onClick={() => void toggleImages()}>
            {t('readerShowImages')}
          </button>
        </p>
      )}
      <Article
        item={found}
        images={images}
        onDrawn={(el) => {
          setRoot(el);
          setDrawn((n) => n + 1);
          void restore();
        }}
      />
      {pending && <HighlightForm itemId={found.id} quote={pending} onDone={() => setPending(null)} />}
      {highlights && <HighlightList highlights={highlights} missing={missing} inReview={inReview ?? new Set()} />}
    </main>
  );
}

/** The item as a Markdown note with its highlights, for Obsidian or any notes folder. */
function ExportNote({ item }: { item: Item }) {
  const exporting = useAction(() => downloadItemNote(item));
  return (
    <div class="reader-actions">
      <button type="button" class="secondary" onClick={() => void exporting.run()} disabled={exporting.busy}>
        {t('readerExportMarkdown')}
      </button>
      <ActionError error={exporting.error} />
    </div>
  );
}

function ReaderHeader({ item }: { item: Item }) {
  const date = item.publishedAt ?? item.savedAt;
  return (
    <header class="reader-header">
      <p class="reader-site">{item.siteName}</p>
      <h1>{item.title || item.url}</h1>
      <p class="reader-meta">
        {[item.author, formatDay(date, { dateStyle: 'medium' })].filter(Boolean).join(' · ')}
        {' · '}
        <SafeLink href={item.url}>{t('readerOriginal')}</SafeLink>
      </p>
      {item.textCutChars > 0 && <p class="reader-note">{t('itemTextCut')}</p>}
    </header>
  );
}
