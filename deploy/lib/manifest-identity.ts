/**
 * Build-time identity and managed-settings entries of the manifest, applied
 * from wxt.config.ts's `build:manifestGenerated` hook:
 *
 * - Chrome/Edge: `key` (fixed extension id, so a policy can address the
 *   extension) unless the mode is `store` (store builds get their id from the
 *   store); `storage.managed_schema` always.
 * - Firefox (MV3): `browser_specific_settings.gecko` with the add-on id and
 *   `data_collection_permissions: { required: ["none"] }`; never `key`.
 *
 * Environment: VARSAM_PUBLIC_KEY=path to an organisation's own public key
 * (PEM); VARSAM_GECKO_ID=another add-on id.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_PUBLIC_KEY_FILE, GECKO_ID, manifestKey } from './identity';

export const MANAGED_SCHEMA_FILE = 'managed_schema.json';
export const STORE_MODE = 'store';

type Manifest = Record<string, unknown> & {
  key?: string;
  storage?: { managed_schema?: string };
  browser_specific_settings?: { gecko?: Record<string, unknown>; gecko_android?: Record<string, unknown> };
};

export function applyIdentity(browser: string, mode: string, manifest: Manifest, env: NodeJS.ProcessEnv = process.env): void {
  if (browser === 'firefox') {
    delete manifest.key;
    const bss = (manifest.browser_specific_settings ??= {});
    bss.gecko = {
      ...(bss.gecko ?? {}),
      id: env.VARSAM_GECKO_ID || GECKO_ID,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    };
    // Firefox for Android reads data_collection_permissions from version 142.
    bss.gecko_android = { ...(bss.gecko_android ?? {}), strict_min_version: '142.0' };
    return;
  }
  manifest.storage = { ...(manifest.storage ?? {}), managed_schema: MANAGED_SCHEMA_FILE };
  if (mode === STORE_MODE) delete manifest.key;
  else manifest.key = manifestKey(readFileSync(env.VARSAM_PUBLIC_KEY || DEFAULT_PUBLIC_KEY_FILE, 'utf8'));
}
