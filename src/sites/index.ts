/**
 * The list of site adapters, and what is derived from it: the manifest's
 * content-script match patterns and the adapter for a page's host.
 */
import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { generic } from './generic';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { reddit } from './reddit';
import { threads } from './threads';
import type { SiteAdapter } from './types';
import { x } from './x';
import { youtube } from './youtube';

export const SITES: readonly SiteAdapter[] = [facebook, x, linkedin, instagram, threads, bluesky, mastodon, reddit, youtube];

export { generic };
export type { BoxSelector, EditorKind, SiteAdapter } from './types';

/** Match patterns for the manifest's content_scripts and host_permissions: the named sites only. */
export function contentScriptMatches(): string[] {
  const out: string[] = [];
  for (const site of SITES) for (const m of site.matches) if (!out.includes(m)) out.push(m);
  return out;
}

/** The parts of settings that decide which sites are watched. */
export interface SiteChoice {
  add: readonly string[];
  skip: readonly string[];
}

/** Lower-cases a configured host and strips a scheme, path and port; '' when it is not a host name. */
export function cleanHost(value: string): string {
  let h = String(value).trim().toLowerCase();
  const scheme = h.indexOf('://');
  if (scheme >= 0) h = h.slice(scheme + 3);
  for (const stop of ['/', '?', '#', ':']) {
    const i = h.indexOf(stop);
    if (i >= 0) h = h.slice(0, i);
  }
  if (h.startsWith('*.')) h = h.slice(2);
  if (h.length === 0 || h.length > 253) return '';
  for (let i = 0; i < h.length; i++) {
    const c = h.charCodeAt(i);
    const ok = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46;
    if (!ok) return '';
  }
  if (!h.includes('.') || h.startsWith('.') || h.endsWith('.')) return '';
  return h;
}

function hostIs(host: string, wanted: string): boolean {
  return host === wanted || host.endsWith('.' + wanted);
}

export function siteForHost(host: string): SiteAdapter | undefined {
  const h = host.toLowerCase();
  return SITES.find((s) => s.hosts.some((w) => h === w));
}

function skipped(site: SiteAdapter, host: string, skip: readonly string[]): boolean {
  for (const entry of skip) {
    const e = String(entry).trim().toLowerCase();
    if (e === site.id) return true;
    const clean = cleanHost(e);
    if (clean && hostIs(host, clean)) return true;
  }
  return false;
}

/**
 * The adapter for a page, or null when the page is not to be watched:
 * a named site unless skipped; the generic adapter on a configured extra host.
 */
export function adapterForHost(host: string, choice: SiteChoice): SiteAdapter | null {
  const h = host.toLowerCase();
  const site = siteForHost(h);
  if (site) return skipped(site, h, choice.skip) ? null : site;
  for (const added of choice.add) {
    const clean = cleanHost(added);
    if (clean && hostIs(h, clean)) return skipped(generic, h, choice.skip) ? null : generic;
  }
  return null;
}

/** Match patterns for hosts added by configuration (https only, the host and its subdomains). */
export function originsForHosts(hosts: readonly string[]): string[] {
  const out: string[] = [];
  for (const host of hosts) {
    const clean = cleanHost(host);
    if (!clean) continue;
    for (const p of [`https://${clean}/*`, `https://*.${clean}/*`]) if (!out.includes(p)) out.push(p);
  }
  return out;
}
