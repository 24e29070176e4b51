/** Bluesky: TipTap (ProseMirror) composer. */
import type { SiteAdapter } from './types';

export const bluesky: SiteAdapter = {
  id: 'bluesky',
  name: 'Bluesky',
  hosts: ['bsky.app'],
  matches: ['https://bsky.app/*'],
  boxes: [
    { selector: '[data-testid="composerTextInput"] [contenteditable="true"]', editor: 'prosemirror', seenOn: 'bsky.app composer dialog, 2026 (social-posting-skills DOM_SELECTORS.md)' },
    { selector: 'div[role="textbox"][aria-label="Rich-Text Editor"]', editor: 'prosemirror', seenOn: 'bsky.app composer, 2026 (harper editorUtils.ts)' },
    { selector: '.ProseMirror[contenteditable="true"]', editor: 'prosemirror', seenOn: 'bsky.app composer (structural marker), 2026' },
  ],
  composers: ['div[role="dialog"]', '[data-testid="composePostView"]'],
  submits: [
    { selector: '[data-testid="composerPublishBtn"]', seenOn: 'bsky.app composer Post and Reply button, 2026 (reference.md)' },
  ],
  messageAreas: [
    { selector: '[data-testid^="postThreadItem"]', seenOn: 'bsky.app thread view, 2026 (structural: data-testid)' },
    { selector: '[data-testid^="feedItem"]', seenOn: 'bsky.app feeds, 2026 (structural: data-testid)' },
  ],
};
