// Types for harness.mjs, so the TypeScript end-to-end tests can use it under `strict`.
import type { BrowserContext, Page, Worker } from 'playwright-core';

export interface ServedPage {
  url: string;
  file: string;
  /** The HTTP status to answer with (200 unless given). */
  status?: number;
  /** Send the first half of the page and hold the rest: the page never finishes loading. */
  hold?: boolean;
}
export interface GuardedRequest {
  url: string;
  from: string;
}
export interface SaveOutcome {
  state: string;
  text: string;
  ms: number;
  clickedAt: number;
}
export interface Launched {
  ctx: BrowserContext;
  sw: Worker;
  extensionId: string;
  server: {
    port: number;
    hits: { host: string; path: string; status: number }[];
    setRoute(url: string, file: string): void;
  };
  guard: { requests: GuardedRequest[] };
  /** Sets the extension's clock to `at` (epoch ms) in every extension page and the worker. */
  setNow(at: number): Promise<void>;
  popupUrl(tabId: number): string;
  tabIdOf(url: string): Promise<number>;
  openPopupFor(tabPage: Page, options?: { url?: string; reuse?: Page }): Promise<Page>;
  close(): Promise<void>;
}
/** A row of the `items` table: the contract's fields, read loosely. */
export type StoredItem = Record<string, unknown> & { id: string; url: string };

export const repoRoot: string;
export const distDir: string;
export const fixturesDir: string;
export const sharedDir: string;
export const POPUP_PATH: string;
export const UNREACHABLE_HOST: string;
export const SAVE_STATES: string[];
export function findChromium(): string | null;
export function assertBuilt(dist?: string): void;
export function readManifest(dir?: string): Record<string, unknown> & { host_permissions?: string[] };
export function patchedExtensionCopy(into: string, options?: { allUrls?: boolean; dist?: string }): string;
export function launch(options?: {
  pages?: ServedPage[];
  blockScripts?: boolean;
  allUrls?: boolean;
  now?: number;
  /** Keep the welcome page the install opens (closed by default). */
  keepWelcome?: boolean;
  /** Another build than dist/ (test/bench/compare.mjs). */
  dist?: string;
}): Promise<Launched>;
export const WELCOME_PATH: string;
export function tabIdOf(sw: Worker, url: string): Promise<number>;
export function networkGuard(ctx: BrowserContext, extensionId: string): { requests: GuardedRequest[] };
export function readItems(extensionPage: Page, options?: { updatedSince?: number }): Promise<StoredItem[]>;
export function saveFromPopup(popup: Page, options?: { timeout?: number }): Promise<SaveOutcome>;
/** Waits until the extension has created its database (seeding before that would hang). */
export function databaseReady(page: Page): Promise<unknown>;
export function seedRows(page: Page, table: string, rows: object[], batch?: number): Promise<void>;
export function clearTable(page: Page, table: string): Promise<void>;
/** Opens the popup's folded sections by their `data-section` (upnext, past, latest, days). */
export function unfold(popup: Page, ...sections: string[]): Promise<void>;
