// Types for closed-shadow.mjs.
import type { Page } from 'playwright-core';

export interface ShadowElement {
  text(): Promise<string | null>;
  attr(name: string): Promise<string | null>;
  focus(): Promise<void>;
  /** Its box, colours and font size, and whether it is what the page sees at its centre. */
  look(): Promise<{
    left: number;
    top: number;
    width: number;
    height: number;
    inView: boolean;
    onTop: boolean;
    color: string;
    background: string;
    fontSize: string;
  }>;
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
export function openCopyOfClosedShadow(
  page: Page,
  hostTag: string,
): Promise<{ buttons: number; remove: () => Promise<void> }>;
