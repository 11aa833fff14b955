import type { LogKind } from '../core/log/model';
import { t } from './i18n';

/** The name of each kind of learning (keys in `_locales`). */
const LOG_KIND_LABEL: Record<LogKind, string> = {
  course: 'logKindCourse',
  book: 'logKindBook',
  talk: 'logKindTalk',
  mentoring: 'logKindMentoring',
  practice: 'logKindPractice',
  other: 'logKindOther',
};

export const logKindLabel = (kind: LogKind) => t(LOG_KIND_LABEL[kind]);
