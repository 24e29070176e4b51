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
  submits: [
    { selector: '.share-actions__primary-action', seenOn: 'linkedin.com/feed share box Post button, 2026 (reference.md)' },
    { selector: '.msg-form__send-button', seenOn: 'linkedin.com/messaging send button, 2026 (structural: class name)' },
    { selector: '.comments-comment-box__submit-button', seenOn: 'linkedin.com comment box submit, 2026 (structural: class name)' },
  ],
  enterSends: [
    { selector: '.msg-form__contenteditable', seenOn: 'linkedin.com/messaging composer (Enter sends by default), 2026 (structural: class name)' },
  ],
  messageAreas: [
    { selector: '.msg-s-message-list', seenOn: 'linkedin.com/messaging conversation, 2026 (structural: class name)' },
    { selector: '.comments-comment-item, .comments-comment-entity', seenOn: 'linkedin.com/feed comments, 2026 (structural: class name)' },
  ],
};
