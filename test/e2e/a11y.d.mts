import type { Page } from 'playwright-core';
export function seriousViolations(page: Page): Promise<string[]>;
