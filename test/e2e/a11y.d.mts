import type { Page } from 'playwright-core';
export function seriousViolations(page: Page, include?: string): Promise<string[]>;
