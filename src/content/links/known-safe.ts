/**
 * The cheap test before a received link is judged by the engine: a link to
 * the page's own site, to an official domain from the configuration, or to a
 * well-known real domain (the engine's own list of safe domains, the same
 * data, not a copy) can never be suspicious, so it needs neither the engine
 * nor an IntersectionObserver. Conservative: anything unusual in the address
 * (user info, a host that is not plain ASCII, a trailing dot) goes to the
 * engine, so this never clears a link that the engine would mark.
 */
import safeDomains from '../../rules/data/safe-domains.any.json';

const SAFE: ReadonlySet<string> = new Set(safeDomains.terms);

/** Official domains are read as the engine reads them. */
export { cleanDomain as plainDomain } from '../../engine/domain-name';

/** True when the host or one of its parent domains is in the set (label by label, no string building per domain). */
function underSet(host: string, set: ReadonlySet<string>): boolean {
  let at = 0;
  while (at >= 0 && at < host.length) {
    if (set.has(at === 0 ? host : host.slice(at))) return true;
    const dot = host.indexOf('.', at);
    at = dot < 0 ? -1 : dot + 1;
  }
  return false;
}

/** Lower-case letters, digits, dots and hyphens only, with at least one letter (not an IP address). */
function isPlainHost(host: string): boolean {
  let letter = false;
  for (let i = 0; i < host.length; i++) {
    const c = host.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) letter = true;
    else if (!((c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d)) return false;
  }
  return letter && !host.endsWith('.') && !host.startsWith('.');
}

/** The host of an http(s) address when it is written plainly ("https://host/…", "https://host:8080?…"), else null. */
export function plainHostOf(url: string): string | null {
  const lower = url.toLowerCase();
  const start = lower.startsWith('https://') ? 8 : lower.startsWith('http://') ? 7 : -1;
  if (start < 0) return null;
  let end = start;
  while (end < lower.length) {
    const c = lower.charCodeAt(end);
    if (c === 0x2f || c === 0x3f || c === 0x23 || c === 0x3a) break; // / ? # :
    if (c === 0x40 || c === 0x5c) return null; // user info (@) or a backslash: leave it to the engine
    end++;
  }
  const host = lower.slice(start, end);
  return isPlainHost(host) ? host : null;
}

/** True when a plain host (see plainHostOf) is the page's own host, or under an official or well-known safe domain. */
export function isSafeHost(host: string, pageHost: string, officialDomains: ReadonlySet<string>): boolean {
  return host === pageHost || underSet(host, officialDomains) || underSet(host, SAFE);
}

/**
 * True when the link cannot be suspicious: its host is the page's own host,
 * or is (under) an official domain or a well-known safe domain.
 */
export function isKnownSafe(url: string, pageHost: string, officialDomains: readonly string[] | ReadonlySet<string>): boolean {
  const host = plainHostOf(url);
  if (!host) return false;
  return isSafeHost(host, pageHost.toLowerCase(), officialDomains instanceof Set ? officialDomains : new Set(officialDomains));
}
