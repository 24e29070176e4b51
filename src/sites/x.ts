/** X (Twitter): Draft.js editors for posts, replies and DMs. */
import type { SiteAdapter } from './types';

export const x: SiteAdapter = {
  id: 'x',
  name: 'X',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com'],
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*'],
  boxes: [
    { selector: 'div[data-testid^="tweetTextarea_"][contenteditable="true"]', editor: 'draft', seenOn: 'x.com/home composer and reply dialog, 2026 (xmoji constants.js)' },
    { selector: '.public-DraftEditor-content[contenteditable="true"]', editor: 'draft', seenOn: 'x.com Draft.js editors, 2026 (harper editorUtils.ts)' },
    { selector: '[data-testid="dmComposerTextInput"]', editor: 'draft', seenOn: 'x.com/messages DM composer, 2026 (social-posting-skills DOM_SELECTORS.md)' },
  ],
  composers: ['div[data-testid="toolBar"]', 'div[role="dialog"]', 'div[data-testid="primaryColumn"] form', 'div[data-testid="cellInnerDiv"]'],
};
