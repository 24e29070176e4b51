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
  submits: [
    { selector: 'div[role="button"][aria-label="Post"]', seenOn: 'facebook.com composer dialog, English UI, 2026 (structural: aria-label)' },
    { selector: 'div[role="button"][aria-label="Publiser"]', seenOn: 'facebook.com composer dialog, Norwegian UI, 2026 (structural: aria-label)' },
    { selector: '[role="button"][aria-label*="Press enter to send" i]', seenOn: 'facebook.com/messages and messenger.com send button, 2026 (structural: aria-label)' },
    { selector: '[role="button"][aria-label="Send"]', seenOn: 'messenger.com send button, 2026 (structural fallback)' },
    { selector: '[role="button"][aria-label="Send"], [role="button"][aria-label="Comment"], [role="button"][aria-label="Kommenter"]', seenOn: 'facebook.com comment submit, 2026 (structural fallback)' },
  ],
  enterSends: [
    { selector: '[role="main"] div[role="textbox"][aria-label*="message" i]', seenOn: 'facebook.com/messages and messenger.com composer, 2026 (structural: aria-label "Message")' },
    { selector: 'div[role="textbox"][aria-label*="melding" i]', seenOn: 'Messenger composer, Norwegian UI, 2026 (structural fallback)' },
    { selector: 'div[role="textbox"][aria-label*="comment" i], div[role="textbox"][aria-label*="kommentar" i]', seenOn: 'facebook.com comment boxes: Enter posts the comment, 2026' },
  ],
  messageAreas: [
    { selector: 'div[role="main"] [role="grid"]', seenOn: 'facebook.com/messages and messenger.com conversation list of messages, 2026 (structural)' },
    { selector: 'div[aria-label^="Messages in conversation"]', seenOn: 'messenger.com conversation, English UI, 2026 (structural: aria-label)' },
    { selector: 'div[role="article"]', seenOn: 'facebook.com posts and comments, 2026' },
  ],
};
