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
  submits: [
    { selector: '[data-testid="tweetButton"]', seenOn: 'x.com post dialog and reply dialog, 2026 (reference.md: xmoji constants.js)' },
    { selector: '[data-testid="tweetButtonInline"]', seenOn: 'x.com/home inline composer, 2026 (reference.md: xmoji constants.js)' },
    { selector: '[data-testid="dmComposerSendButton"]', seenOn: 'x.com/messages DM composer send button, 2026 (structural guess from data-testid naming)' },
  ],
  enterSends: [
    { selector: '[data-testid="dmComposerTextInput"]', seenOn: 'x.com/messages: Enter sends a DM, 2026' },
  ],
  messageAreas: [
    { selector: '[data-testid="DmScrollerContainer"]', seenOn: 'x.com/messages conversation, 2026 (structural guess from data-testid naming)' },
    { selector: '[data-testid="messageEntry"]', seenOn: 'x.com/messages one message, 2026 (structural guess)' },
    { selector: 'article[data-testid="tweet"]', seenOn: 'x.com timelines and reply threads, 2026' },
  ],
};
