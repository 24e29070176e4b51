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
  submits: [
    { selector: '.compose-form button[type="submit"]', seenOn: 'mastodon.social compose form Publish button, 2026 (structural)' },
    { selector: '.compose-form__publish button', seenOn: 'mastodon.social compose form (older versions), 2026 (structural)' },
  ],
  messageAreas: [
    { selector: '.status__content', seenOn: 'mastodon.social posts and replies, 2026 (structural: class name)' },
  ],
};
