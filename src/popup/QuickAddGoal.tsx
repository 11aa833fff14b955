import { useState } from 'preact/hooks';
import { ActionError } from '../ui/ActionError';
import { t } from '../ui/i18n';
import { ask } from '../ui/ask';
import { useAction } from '../ui/use-action';

/** A goal in one line, without leaving the popup; details can be added on the options page. */
export function QuickAddGoal() {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const add = useAction(async () => {
    const result = await ask('goal-save', { draft: { title } });
    if (!result.ok) return setError(t(result.errors.title ?? Object.values(result.errors)[0] ?? 'goalErrorGeneric'));
    setAdded(result.goal.title);
    setTitle('');
    setError(null);
    setOpen(false);
  });

  if (!open) {
    return (
      <div class="quick-add">
        <button type="button" class="link-button" onClick={() => (setOpen(true), setAdded(null))}>
          {t('quickAddOpen')}
        </button>
        {added && <p role="status">{t('quickAddDone', added)}</p>}
      </div>
    );
  }
  const submit = (e: Event) => {
    e.preventDefault();
    void add.run();
  };
  return (
    <form class="quick-add" onSubmit={submit} data-testid="quick-add">
      <label for="quick-goal">{t('quickAddLabel')}</label>
      <div class="row">
        <input
          id="quick-goal"
          type="text"
          value={title}
          maxLength={500}
          autoFocus
          aria-invalid={!!error}
          aria-describedby={error ? 'quick-goal-error' : undefined}
          onInput={(e) => setTitle(e.currentTarget.value)}
        />
        <button type="submit" class="primary" disabled={add.busy}>
          {t('quickAddSubmit')}
        </button>
      </div>
      {error && (
        <p id="quick-goal-error" class="field-error" role="alert">
          {error}
        </p>
      )}
      <ActionError error={add.error} />
    </form>
  );
}
