/** Reddit: Lexical inside <shreddit-composer>; plain textarea on old.reddit.com. */
import type { SiteAdapter } from './types';

export const reddit: SiteAdapter = {
  id: 'reddit',
  name: 'Reddit',
  hosts: ['www.reddit.com', 'old.reddit.com', 'new.reddit.com'],
  matches: ['https://www.reddit.com/*', 'https://old.reddit.com/*', 'https://new.reddit.com/*'],
  boxes: [
    { selector: 'div[contenteditable="true"][data-lexical-editor="true"]', editor: 'lexical', seenOn: 'www.reddit.com post and comment composer (shreddit-composer), 2026 (harper editorUtils.ts)' },
    { selector: 'textarea[name="text"]', editor: 'textarea', seenOn: 'old.reddit.com submit and comment forms, 2026' },
    { selector: 'textarea[name="title"]', editor: 'textarea', seenOn: 'www.reddit.com/submit title field, 2026' },
  ],
  composers: ['shreddit-composer', 'form', 'faceplate-form'],
  submits: [
    { selector: 'shreddit-composer button[type="submit"], button[slot="submit-button"]', seenOn: 'www.reddit.com comment composer, 2026 (structural)' },
    { selector: 'form button[type="submit"]', seenOn: 'old.reddit.com comment and submit forms, 2026 (structural fallback)' },
  ],
  messageAreas: [
    { selector: 'shreddit-comment', seenOn: 'www.reddit.com comment threads, 2026 (structural: custom element)' },
    { selector: '.commentarea .md', seenOn: 'old.reddit.com comments, 2026 (structural: class name)' },
  ],
};
