import type { Goal } from '../core/goal/model';
import type { QueuedCard } from '../db/review';
import { t } from '../ui/i18n';
import { readerHref } from '../ui/ItemSummary';

/** Where an item comes from, as a card names it: its site's name, else its address's host. */
function sourceOf(url: string, siteName: string | null): string {
  if (siteName) return siteName;
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/**
 * What a card shows. A highlight's card: the highlight and its note. A takeaway's card: the
 * item's title and source as the prompt, its takeaway once `revealed`. Both name their item
 * (opening it in the reader) and the goals it counts toward.
 */
export function CardFace({
  queued,
  goals,
  revealed,
}: {
  queued: QueuedCard;
  goals: readonly Goal[];
  revealed: boolean;
}) {
  const { item, highlight } = queued;
  const title = item.title || item.url;
  const tied = goals.filter((g) => item.goalIds.includes(g.id));
  const source = sourceOf(item.url, item.siteName);
  return (
    <>
      {highlight ? (
        <>
          <blockquote>{highlight.exact}</blockquote>
          {highlight.note && <p>{highlight.note}</p>}
        </>
      ) : (
        <>
          <p class="review-prompt">{t('reviewTakeawayPrompt')}</p>
          <p class="review-item-title">{title}</p>
          {source && <p class="review-meta">{source}</p>}
          {revealed && <blockquote data-testid="review-takeaway">{item.note}</blockquote>}
        </>
      )}
      <p class="review-meta">
        <a href={readerHref(item.id)}>{highlight ? title : t('reviewOpenItem')}</a>
      </p>
      {tied.length > 0 && (
        <ul class="review-goals" aria-label={t('reviewGoalsLabel')} data-testid="review-goals">
          {tied.map((g) => (
            <li key={g.id}>
              <span class="chip-dot" style={{ '--chip': g.color }} aria-hidden="true" />
              {g.title}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
