import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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
    permissions: ['storage'],
  },
});
