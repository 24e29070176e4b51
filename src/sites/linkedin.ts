/** LinkedIn: Quill editor in the share box, plain contenteditable in dialogs. */
import type { SiteAdapter } from './types';

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  hosts: ['www.linkedin.com'],
  matches: ['https://www.linkedin.com/*'],
  boxes: [
    { selector: '.ql-editor[contenteditable="true"]', editor: 'quill', seenOn: 'linkedin.com/feed share box, 2026 (MarketClaw content-scripts)' },
    { selector: '[data-test-ql-editor="true"]', editor: 'quill', seenOn: 'linkedin.com/feed share box, 2026 (social-posting-skills DOM_SELECTORS.md)' },
    { selector: '[role="dialog"] [contenteditable="true"]', editor: 'contenteditable', seenOn: 'linkedin.com share dialog and messaging, 2026' },
  ],
  composers: ['.share-creation-state', '[role="dialog"]', 'form'],
};
