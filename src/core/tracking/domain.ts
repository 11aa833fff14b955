import { getDomain } from 'tldts';

/**
 * The registrable domain of a host from the Public Suffix List (`news.bbc.co.uk` → `bbc.co.uk`,
 * `user.github.io` → `user.github.io`, private suffixes included), or the host itself when it
 * has none (`localhost`, an IP address). Pages only: the content scripts never import it.
 */
export function registrableDomain(host: string): string {
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}
