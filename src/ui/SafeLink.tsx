import type { ComponentChildren } from 'preact';
import { isHttpUrl } from '../core/item/url';

/** A link only for http(s) addresses; anything else (javascript:, data:…) renders as text. */
export function SafeLink({
  href,
  children,
  class: className,
}: {
  href: string;
  children: ComponentChildren;
  class?: string;
}) {
  if (!isHttpUrl(href)) return <span class={className}>{children}</span>;
  return (
    <a class={className} href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
