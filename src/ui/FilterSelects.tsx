import type { Goal } from '../core/goal/model';
import { ITEM_KINDS, type ItemKind } from '../core/item/model';
import { t } from './i18n';

/** An item's kind as the pages name it ("LinkedIn post"). */
export const kindLabel = (kind: ItemKind) => t(`kind_${kind.replace(/-/g, '_')}`);

/**
 * One goal, or none: the popup's search, the library's filters and its bulk bar choose a goal
 * with the same control. `noneLabel` names the empty choice ("All goals", "Any", "Choose a goal").
 * `extra` adds one choice after it (the library's "Any active goal"). The caller labels it.
 */
export function GoalSelect({
  goals,
  value,
  noneLabel,
  extra,
  onChange,
}: {
  goals: readonly Goal[];
  value: string | null;
  noneLabel: string;
  extra?: { value: string; label: string };
  onChange: (goalId: string | null) => void;
}) {
  return (
    <select value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || null)}>
      <option value="">{noneLabel}</option>
      {extra && <option value={extra.value}>{extra.label}</option>}
      {goals.map((g) => (
        <option key={g.id} value={g.id}>
          {g.title}
        </option>
      ))}
    </select>
  );
}

/** One kind of item, or none, as the popup's search and the library filter by it. */
export function KindSelect({
  value,
  noneLabel,
  onChange,
}: {
  value: ItemKind | null;
  noneLabel: string;
  onChange: (kind: ItemKind | null) => void;
}) {
  return (
    <select value={value ?? ''} onChange={(e) => onChange(ITEM_KINDS.find((k) => k === e.currentTarget.value) ?? null)}>
      <option value="">{noneLabel}</option>
      {ITEM_KINDS.map((k) => (
        <option key={k} value={k}>
          {kindLabel(k)}
        </option>
      ))}
    </select>
  );
}
