import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { contentScriptMatches } from './src/sites/index';
import { OPTIONAL_HOST_PATTERNS } from './src/sites/registration';
import { stripDataNotes } from './scripts/strip-data-notes';
import { applyIdentity } from './deploy/lib/manifest-identity';

// WXT builds the extension; see README for why each setting is here.
export default defineConfig({
  imports: false,
  // Firefox too: MV3 (WXT's default for Firefox is MV2).
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), stripDataNotes()],
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nn',
    permissions: ['storage', 'scripting'],
    // Content scripts on the named sites come from src/sites (their matches); extra sites
    // from configuration are registered at run time (scripting) after the user grants them.
    optional_host_permissions: OPTIONAL_HOST_PATTERNS,
    // The named sites only (the same patterns as the content script): needed to inject the
    // engine into their pages on first use (src/messaging/engine-api.ts).
    host_permissions: contentScriptMatches(),
  },
  // Identity (deploy/lib/manifest-identity.ts): Chrome/Edge `key` for a fixed id except in
  // `--mode store`, storage.managed_schema; Firefox gecko id and data_collection_permissions.
  // The hook below adds the gecko id and data_collection_permissions after WXT's own check.
  suppressWarnings: { firefoxDataCollection: true, firefoxId: true },
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => applyIdentity(wxt.config.browser, wxt.config.mode, manifest as Record<string, unknown>),
  },
  zip: {
    artifactTemplate: '{{name}}-{{packageVersion}}-{{browser}}{{modeSuffix}}.zip',
    excludeSources: ['.keys/**', '**/*.pem', '.output/**', 'test-results/**'],
  },
});
