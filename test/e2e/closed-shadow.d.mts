// Types for closed-shadow.mjs.
import type { Page } from 'playwright-core';

export interface ShadowElement {
  text(): Promise<string | null>;
  attr(name: string): Promise<string | null>;
  focus(): Promise<void>;
  /** A real mouse click at the element's centre (a trusted event). */
  click(): Promise<void>;
}
export function inClosedShadows(
  page: Page,
  hostTag: string,
  selector: string,
  options?: { within?: { closest: string; hasText?: string } },
): Promise<ShadowElement[]>;
export function hasClosedShadow(page: Page, hostTag: string): Promise<boolean>;
