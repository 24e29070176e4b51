/**
 * Sites added to settings.sites.add are watched only after the user grants the
 * host in the browser (optional host permissions, which the manifest limits to
 * OPTIONAL_HOST_PATTERNS). Pure helpers: which hosts can be added at all.
 */
import { OPTIONAL_HOST_PATTERNS } from '../sites/registration';

/** "https://*.kommune.no/*" → "kommune.no" (the domain whose subdomains may be granted). */
export function grantableDomains(patterns: readonly string[] = OPTIONAL_HOST_PATTERNS): string[] {
  const out: string[] = [];
  for (const p of patterns) {
    let host = p;
    const scheme = host.indexOf('://');
    if (scheme >= 0) host = host.slice(scheme + 3);
    const slash = host.indexOf('/');
    if (slash >= 0) host = host.slice(0, slash);
    if (host.startsWith('*.')) host = host.slice(2);
    if (host && !host.includes('*') && !out.includes(host)) out.push(host);
  }
  return out;
}

/** True when the browser may grant this host under the manifest's optional host permissions. */
export function isGrantableHost(host: string, domains: readonly string[] = grantableDomains()): boolean {
  return domains.some((d) => host.endsWith(`.${d}`));
}
