import { DEFAULT_REVIEW, parseReviewSettings } from '../core/review/settings';
import { syncStorageSetting } from './sync-storage-setting';

const review = syncStorageSetting('review', parseReviewSettings, DEFAULT_REVIEW);

export const loadReviewSettings = review.load;
export const saveReviewSettings = review.save;
