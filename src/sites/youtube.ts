/** YouTube: comment and reply boxes (plain contenteditable). */
import type { SiteAdapter } from './types';

export const youtube: SiteAdapter = {
  id: 'youtube',
  name: 'YouTube',
  hosts: ['www.youtube.com', 'm.youtube.com'],
  matches: ['https://www.youtube.com/*', 'https://m.youtube.com/*'],
  boxes: [
    { selector: '#contenteditable-root[contenteditable="true"]', editor: 'contenteditable', seenOn: 'youtube.com/watch comment box, 2026 (harper editorUtils.ts)' },
  ],
  composers: ['ytd-commentbox', 'ytd-comment-simplebox-renderer'],
  submits: [
    { selector: '#submit-button', seenOn: 'youtube.com/watch comment and reply submit, 2026 (structural: id)' },
  ],
  messageAreas: [
    { selector: 'ytd-comment-thread-renderer #content-text, ytd-comment-view-model #content-text', seenOn: 'youtube.com/watch comments, 2026 (structural)' },
  ],
};
