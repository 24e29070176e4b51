/** Threads: Lexical editors. */
import type { SiteAdapter } from './types';

export const threads: SiteAdapter = {
  id: 'threads',
  name: 'Threads',
  hosts: ['www.threads.net', 'www.threads.com', 'threads.net', 'threads.com'],
  matches: ['https://www.threads.net/*', 'https://www.threads.com/*', 'https://threads.net/*', 'https://threads.com/*'],
  boxes: [
    { selector: 'div[role="textbox"][data-lexical-editor="true"]', editor: 'lexical', seenOn: 'threads.net composer dialog, 2026 (harper editorUtils.ts)' },
  ],
  composers: ['div[role="dialog"]', 'form'],
  submits: [
    { selector: 'div[role="dialog"] div[role="button"][aria-label*="Post" i], div[role="dialog"] div[role="button"][aria-label*="Publiser" i]', seenOn: 'threads.net composer dialog, 2026 (structural fallback)' },
  ],
  messageAreas: [
    { selector: 'div[data-pressable-container="true"]', seenOn: 'threads.net posts and replies, 2026 (structural fallback)' },
  ],
};
