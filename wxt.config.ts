import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { OPTIONAL_HOST_PATTERNS } from './src/sites/registration';

// WXT builds the extension; see README for why each setting is here.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nn',
    permissions: ['storage', 'scripting'],
    // Content scripts on the named sites come from src/sites (their matches); extra sites
    // from configuration are registered at run time (scripting) after the user grants them.
    optional_host_permissions: OPTIONAL_HOST_PATTERNS,
  },
});
