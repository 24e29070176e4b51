/**
 * Sites added by configuration (settings.sites.add) are not in the manifest's
 * content_scripts. When the user has granted the host (optional host
 * permission, requested from the options page), the background registers the
 * same content script for them with scripting.registerContentScripts.
 */
import { originsForHosts } from './index';

export const ADDED_SITES_SCRIPT_ID = 'varsam-added-sites';

/** Optional host permissions in the manifest: municipal sites only (see README). */
export const OPTIONAL_HOST_PATTERNS = ['https://*.kommune.no/*'];

export interface ScriptingLike {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string; matches?: string[] }[]>;
  registerContentScripts(scripts: {
    id: string;
    matches: string[];
    js: string[];
    allFrames?: boolean;
    matchOriginAsFallback?: boolean;
    runAt?: 'document_start' | 'document_end' | 'document_idle';
    persistAcrossSessions?: boolean;
  }[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

export interface PermissionsLike {
  contains(p: { origins: string[] }): Promise<boolean>;
}

/** The match patterns of added sites that the user has granted. */
export async function grantedOrigins(hosts: readonly string[], permissions: PermissionsLike): Promise<string[]> {
  const out: string[] = [];
  for (const origin of originsForHosts(hosts)) {
    try {
      if (await permissions.contains({ origins: [origin] })) out.push(origin);
    } catch {
      // An origin the browser does not accept is left out.
    }
  }
  return out;
}

/** Registers (or unregisters) the content script for the granted added sites. Never throws; returns the patterns in use. */
export async function syncAddedSites(
  hosts: readonly string[],
  permissions: PermissionsLike,
  scripting: ScriptingLike | undefined,
  contentScriptFile: string,
): Promise<string[]> {
  if (!scripting) return [];
  try {
    const matches = await grantedOrigins(hosts, permissions);
    const existing = await scripting.getRegisteredContentScripts({ ids: [ADDED_SITES_SCRIPT_ID] });
    const same = existing.length === 1 && JSON.stringify([...(existing[0].matches ?? [])].sort()) === JSON.stringify([...matches].sort());
    if (same) return matches;
    if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [ADDED_SITES_SCRIPT_ID] });
    if (matches.length > 0) {
      await scripting.registerContentScripts([
        { id: ADDED_SITES_SCRIPT_ID, matches, js: [contentScriptFile], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true },
      ]);
    }
    return matches;
  } catch {
    return [];
  }
}
