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
};
