/**
 * A domain as configured or written, reduced to the form the link checks
 * compare: no scheme, path, "www.", wildcard or trailing dot. Pure and
 * dependency-free, so the content script's cheap link test and the engine's
 * link rule read official domains the same way.
 */

/** "https://www.Ulvik.kommune.no/x" → "ulvik.kommune.no"; "" when nothing usable. */
export function cleanDomain(value: string): string {
  let d = value.trim().toLowerCase();
  const scheme = d.indexOf('://');
  if (scheme >= 0) d = d.slice(scheme + 3);
  const slash = d.indexOf('/');
  if (slash >= 0) d = d.slice(0, slash);
  while (d.startsWith('*.') || d.startsWith('.')) d = d.slice(d.startsWith('*.') ? 2 : 1);
  if (d.startsWith('www.')) d = d.slice(4);
  while (d.endsWith('.')) d = d.slice(0, -1);
  return d;
}
