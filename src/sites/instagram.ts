/** Instagram: textarea for comments, contenteditable for DMs. */
import type { SiteAdapter } from './types';

export const instagram: SiteAdapter = {
  id: 'instagram',
  name: 'Instagram',
  hosts: ['www.instagram.com'],
  matches: ['https://www.instagram.com/*'],
  boxes: [
    { selector: 'textarea[aria-label*="comment" i]', editor: 'textarea', seenOn: 'instagram.com post comment field, 2026 (MarketClaw content-scripts)' },
    { selector: 'textarea[aria-label*="kommentar" i]', editor: 'textarea', seenOn: 'instagram.com comment field with Norwegian UI, 2026' },
    { selector: 'div[contenteditable="true"][role="textbox"]', editor: 'lexical', seenOn: 'instagram.com/direct DMs and caption, 2026 (harper #3563)' },
  ],
  composers: ['form', 'div[role="dialog"]', 'section'],
};
