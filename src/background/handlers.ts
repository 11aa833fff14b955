import type { Handlers } from '../messaging/listener';
import { dataHandlers } from './data';
import { feedHandlers } from './feed';
import { goalHandlers } from './goals';
import { highlightHandlers } from './highlights';
import { reviewHandlers } from './review';
import { libraryHandlers } from './library';
import { nudgeHandlers } from './nudge';
import { saveHandlers } from './save-feedback';
import { siteCategoryHandlers } from './site-category';
import { logHandlers } from './log';
import { syncHandlers } from './sync';
import { postInViewHandlers } from './feed-post';

/**
 * The worker's answer to every message of the protocol, one concern's handlers each. Typed as
 * Handlers, so a message without a handler does not compile; importing it registers nothing
 * (the structural test reads it).
 */
export const handlers: Handlers = {
  ...saveHandlers,
  ...goalHandlers,
  ...nudgeHandlers,
  ...dataHandlers,
  ...feedHandlers,
  ...highlightHandlers,
  ...reviewHandlers,
  ...libraryHandlers,
  ...siteCategoryHandlers,
  ...logHandlers,
  ...syncHandlers,
  ...postInViewHandlers,
};
