/**
 * The generic adapter: any textarea, contenteditable or role="textbox" box.
 * Used on sites added by configuration (settings.sites.add), and as a fallback
 * on the named sites when their markup changes (focus on an unknown box).
 */
import type { SiteAdapter } from './types';

export const generic: SiteAdapter = {
  id: 'generic',
  name: 'Generic',
  hosts: [],
  matches: [],
  boxes: [
    { selector: '[data-lexical-editor="true"][contenteditable="true"]', editor: 'lexical', seenOn: 'any Lexical editor (structural marker)' },
    { selector: '.public-DraftEditor-content[contenteditable="true"]', editor: 'draft', seenOn: 'any Draft.js editor (structural marker)' },
    { selector: '.ql-editor[contenteditable="true"]', editor: 'quill', seenOn: 'any Quill editor (structural marker)' },
    { selector: '.ProseMirror[contenteditable="true"]', editor: 'prosemirror', seenOn: 'any ProseMirror/TipTap editor (structural marker)' },
    { selector: 'textarea', editor: 'textarea', seenOn: 'any textarea' },
    { selector: '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]', editor: 'contenteditable', seenOn: 'any contenteditable root' },
    { selector: '[role="textbox"]', editor: 'contenteditable', seenOn: 'any ARIA textbox' },
  ],
  composers: ['form', '[role="dialog"]'],
  submits: [
    { selector: 'form button[type="submit"], form input[type="submit"]', seenOn: 'structural fallback: a form\'s submit control' },
  ],
};
