// Types for import-limits-helpers.mjs, for the TypeScript end-to-end tests under `strict`.
import type { Page } from 'playwright-core';

export function writePocketCsv(path: string, rows: number): Promise<void>;
export function zipBomb(mb?: number): Uint8Array;
export function lyingZip(mb?: number): Uint8Array;
export function watchLongTasks(page: Page): Promise<void>;
export function longestTask(page: Page): Promise<number>;
