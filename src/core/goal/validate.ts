import {
  GOAL_COLORS,
  KEYWORD_MAX_CHARS,
  KEYWORDS_MAX,
  TITLE_MAX,
  WEEKLY_ITEMS_MAX,
  WEEKLY_MINUTES_MAX,
  WHY_MAX,
  type Goal,
  type GoalStatus,
} from './model';

/** What a person types into the goal form; ids and dates are filled in on save. */
export interface GoalDraft {
  id?: string;
  title: string;
  why?: string;
  keywords?: string[] | string;
  weeklyMinutes?: number | string | null;
  weeklyItems?: number | string | null;
  color?: string;
  status?: GoalStatus;
  targetDate?: number | string | null;
}

export type GoalField = 'title' | 'why' | 'keywords' | 'weeklyMinutes' | 'weeklyItems' | 'color' | 'targetDate';
/** Errors are `_locales` keys, so the form shows them in the person's language. */
export type GoalErrors = Partial<Record<GoalField, string>>;

const clean = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
/** Two titles are the same goal when they differ only in case, width or spacing. */
const sameTitle = (a: string, b: string) =>
  clean(a).normalize('NFKC').toLocaleLowerCase() === clean(b).normalize('NFKC').toLocaleLowerCase();

function parseTarget(value: number | string | null | undefined, max: number): number | null | 'bad' {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isFinite(n) || !Number.isInteger(n) || n < 0 || n > max) return 'bad';
  return n === 0 ? null : n;
}

function parseDate(value: number | string | null | undefined): number | null | 'bad' {
  if (value === null || value === undefined || value === '') return null;
  const t = typeof value === 'number' ? value : Date.parse(`${value}T12:00:00`);
  if (!Number.isFinite(t)) return 'bad';
  return t;
}

export function parseKeywords(value: string[] | string | undefined): string[] {
  const list = typeof value === 'string' ? value.split(/[,;\n،、，]/) : (value ?? []);
  const out: string[] = [];
  for (const k of list.map(clean).filter(Boolean))
    if (!out.some((o) => sameTitle(o, k))) out.push(k.slice(0, KEYWORD_MAX_CHARS));
  return out;
}

/**
 * Checks a draft against the person's other goals and returns the goal to store, or the
 * errors to show beside each field. Nothing is stored half-way: a draft with any error is
 * rejected whole.
 */
export function validateGoal(
  draft: GoalDraft,
  others: readonly Goal[],
  ctx: { now: number; newId: () => string; existing?: Goal | null },
): { ok: true; goal: Goal } | { ok: false; errors: GoalErrors } {
  const errors: GoalErrors = {};
  const title = clean(draft.title ?? '');
  if (!title) errors.title = 'goalErrorTitleEmpty';
  else if ([...title].length > TITLE_MAX) errors.title = 'goalErrorTitleLong';
  else if (others.some((g) => g.id !== draft.id && g.status !== 'archived' && sameTitle(g.title, title)))
    errors.title = 'goalErrorTitleDuplicate';
  const why = (draft.why ?? '').trim();
  if (why.length > WHY_MAX) errors.why = 'goalErrorWhyLong';
  const keywords = parseKeywords(draft.keywords);
  if (keywords.length > KEYWORDS_MAX) errors.keywords = 'goalErrorKeywordsMany';
  const weeklyMinutes = parseTarget(draft.weeklyMinutes, WEEKLY_MINUTES_MAX);
  if (weeklyMinutes === 'bad') errors.weeklyMinutes = 'goalErrorMinutes';
  const weeklyItems = parseTarget(draft.weeklyItems, WEEKLY_ITEMS_MAX);
  if (weeklyItems === 'bad') errors.weeklyItems = 'goalErrorItems';
  const targetDate = parseDate(draft.targetDate);
  if (targetDate === 'bad') errors.targetDate = 'goalErrorDate';
  const color = draft.color ?? ctx.existing?.color ?? GOAL_COLORS[others.length % GOAL_COLORS.length]!;
  if (!/^#[0-9a-f]{6}$/i.test(color)) errors.color = 'goalErrorColor';
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const existing = ctx.existing ?? null;
  return {
    ok: true,
    goal: {
      id: existing?.id ?? draft.id ?? ctx.newId(),
      title,
      why,
      keywords,
      weeklyMinutes: weeklyMinutes as number | null,
      weeklyItems: weeklyItems as number | null,
      color,
      status: draft.status ?? existing?.status ?? 'active',
      createdAt: existing?.createdAt ?? ctx.now,
      updatedAt: ctx.now,
      targetDate: targetDate as number | null,
      order: existing?.order ?? others.reduce((max, g) => Math.max(max, g.order + 1), 0),
      // What the person's ties taught stays with the goal through every edit.
      ...(existing?.evidence ? { evidence: existing.evidence } : {}),
    },
  };
}
