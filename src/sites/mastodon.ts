/** Mastodon: React-controlled textarea. Default instances: mastodon.social and mastodon.online. */
import type { SiteAdapter } from './types';

export const mastodon: SiteAdapter = {
  id: 'mastodon',
  name: 'Mastodon',
  hosts: ['mastodon.social', 'mastodon.online'],
  matches: ['https://mastodon.social/*', 'https://mastodon.online/*'],
  boxes: [
    { selector: 'textarea.autosuggest-textarea__textarea', editor: 'textarea', seenOn: 'mastodon.social/home compose form, 2026 (MarketClaw content-scripts)' },
  ],
  composers: ['form.compose-form', '.compose-form'],
};
