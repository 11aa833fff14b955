import { useEffect, useState } from 'preact/hooks';
import type { PostOffer as Offer } from '../messaging/save';
import { ask } from '../ui/ask';
import { t } from '../ui/i18n';

/**
 * On a feed page, which is never saved itself: the post most in view there, offered instead
 * ("Save this post by Ada?" with its first words). Nothing is shown when there is none, or when
 * the worker cannot read it.
 */
export function PostOffer({
  tabId,
  busy,
  onSave,
}: {
  tabId: number;
  busy: boolean;
  onSave: (postUrl: string) => void;
}) {
  const [offer, setOffer] = useState<Offer | null>(null);
  useEffect(() => {
    let live = true;
    ask('post-in-view', { tabId })
      .then(({ post }) => live && setOffer(post))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [tabId]);
  if (!offer) return null;
  return (
    <div class="post-offer" data-testid="post-offer">
      <p class="post-offer-ask">{offer.author ? t('postInViewAsk', offer.author) : t('postInViewAskNoAuthor')}</p>
      <blockquote class="post-offer-words">{offer.words}</blockquote>
      <button type="button" class="primary" onClick={() => onSave(offer.url)} disabled={busy} aria-busy={busy}>
        {busy ? t('saving') : t('postInViewSave')}
      </button>
    </div>
  );
}
