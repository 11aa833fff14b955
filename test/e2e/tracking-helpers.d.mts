// Types for tracking-helpers.mjs, for the TypeScript end-to-end tests under `strict`.
import type { BrowserContext, Page, Worker } from 'playwright-core';

export function readStore(extensionPage: Page, store: string): Promise<unknown[]>;
export function trackerState(extensionPage: Page): Promise<{ segment: unknown; blurred: boolean } | null>;
export function settledActivity(
  extensionPage: Page,
  options?: { timeout?: number; quietMs?: number },
): Promise<unknown[]>;
export function stopWorker(
  ctx: BrowserContext,
  sw: Worker,
  page: Page,
): Promise<{
  stopped: boolean;
  restarted: () => Promise<boolean>;
  markerGone: () => Promise<boolean>;
  detach: () => Promise<void>;
}>;
