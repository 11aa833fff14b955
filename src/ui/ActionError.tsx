/** An action's failure, as an alert (announced when it appears); nothing while all is well. */
export function ActionError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p role="alert" class="field-error" data-testid="action-error">
      {error}
    </p>
  );
}
