import { itemMarkdown, itemFileName, type ItemNoteLabels } from '../core/data/export-item';
import type { Item } from '../core/item/model';
import { db } from '../db/db';
import { listGoals } from '../db/goals';
import { highlightsOf } from '../db/highlights';
import { downloadText } from './download';
import { t } from './i18n';

export const itemNoteLabels = (): ItemNoteLabels => ({
  highlights: t('exportNotesHighlights'),
  takeaway: t('exportNotesTakeaway'),
  original: t('exportNotesOriginal'),
});

/** Downloads one item as a Markdown note with its highlights, as the database has them now. */
export async function downloadItemNote(item: Item): Promise<void> {
  const [highlights, goals] = await Promise.all([highlightsOf(db(), item.id), listGoals(db())]);
  downloadText(itemFileName(item, new Set()), itemMarkdown(item, highlights, goals, itemNoteLabels()), 'text/markdown');
}
