import { useState } from 'preact/hooks';
import { t } from './i18n';

/** Free tags as a comma-separated field, committed on Enter or when the field loses focus. */
export function TagInput({
  tags,
  onChange,
  id,
}: {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  id: string;
}) {
  const [draft, setDraft] = useState(tags.join(', '));
  const commit = () => {
    const next = draft
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (next.join(',') !== tags.join(',')) onChange(next);
  };
  return (
    <div class="tag-input">
      <label for={id}>{t('tagsLabel')}</label>
      <input
        id={id}
        type="text"
        value={draft}
        placeholder={t('tagsPlaceholder')}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </div>
  );
}
