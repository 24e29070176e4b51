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
  submits: [
    { selector: 'form button[type="submit"]', seenOn: 'instagram.com comment form, 2026 (structural fallback)' },
    { selector: 'div[role="button"][aria-label="Send"], div[role="button"][aria-label="Post"]', seenOn: 'instagram.com DM and comment controls, 2026 (structural fallback)' },
  ],
  enterSends: [
    { selector: 'div[contenteditable="true"][role="textbox"][aria-label*="message" i]', seenOn: 'instagram.com/direct composer, 2026 (structural: aria-label "Message")' },
    { selector: 'textarea[aria-label*="comment" i], textarea[aria-label*="kommentar" i]', seenOn: 'instagram.com comment field: Enter posts, 2026' },
  ],
  messageAreas: [
    { selector: 'div[aria-label^="Messages in conversation"]', seenOn: 'instagram.com/direct conversation, 2026 (structural: aria-label)' },
    { selector: 'div[role="dialog"] ul, article ul', seenOn: 'instagram.com post comments, 2026 (structural fallback)' },
  ],
};
