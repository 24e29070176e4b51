/** Facebook: posts, comments and Messenger, all Lexical editors. */
import type { SiteAdapter } from './types';

export const facebook: SiteAdapter = {
  id: 'facebook',
  name: 'Facebook',
  hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com', 'www.messenger.com'],
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*', 'https://www.messenger.com/*'],
  boxes: [
    { selector: 'div[role="textbox"][data-lexical-editor="true"]', editor: 'lexical', seenOn: 'facebook.com feed composer dialog and Messenger, 2026 (harper editorUtils.ts)' },
    { selector: 'div[role="textbox"][contenteditable="true"]', editor: 'contenteditable', seenOn: 'facebook.com comment boxes, 2026 (MarketClaw content-scripts)' },
  ],
  composers: ['form', 'div[role="dialog"]', 'div[role="article"]'],
};
