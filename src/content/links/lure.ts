/**
 * The "log-in lure" reason for a received link: the link's text or the
 * message around it asks the reader to log in, verify or confirm an account
 * (nn/nb/en), and the link does not go to an official or well-known domain.
 * The words are the engine's (G12 rule, lure and hint lists); the content
 * script only prepares the text: the message around the anchor, the anchor's
 * text, and the link, then runs analyze() with G12 alone and looks for the
 * rule's "lure-link" finding on the link. A link that is already suspicious for
 * another reason is stood in for by a neutral address, so that only the words
 * decide.
 */
import type { EngineConfig, Finding } from '../../engine/types';

export type Analyzer = (text: string, config: Partial<EngineConfig>) => readonly Finding[];

/** A neutral, unknown address: neither trusted nor suspicious by itself. */
export const NEUTRAL_LINK = 'https://lenkje.example/';
/** Characters of message text taken on each side of the anchor (the rule looks 160 characters around a link). */
const CONTEXT_CHARS = 300;
/** Ancestors climbed from the anchor to find its message. */
const MAX_CLIMB = 6;
/** An ancestor with this many child elements is a list of messages, not one message. */
const MAX_CHILDREN = 40;

const ALL_BUT_LINKS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

export interface MessageText {
  before: string;
  anchor: string;
  after: string;
}

/** Roles and tags of a list of messages: the climb stops below them (a neighbour's words are not this message's). */
const LIST_ROLES = new Set(['grid', 'list', 'feed', 'log', 'rowgroup', 'listbox', 'main']);
const LIST_TAGS = new Set(['UL', 'OL', 'MAIN', 'BODY', 'HTML']);
/** Roles and tags of one message: the climb stops after them. */
const ITEM_ROLES = new Set(['row', 'listitem', 'article', 'comment']);
const ITEM_TAGS = new Set(['LI', 'ARTICLE']);

/**
 * The text of the message that holds the anchor, split around it. Climbs from
 * the anchor until the text reaches past the rule's window, one message (a
 * row, list item or article, or a message area's root) is taken whole, or the
 * next step would be a list of messages.
 */
export function messageAround(a: Element, areas: string): MessageText {
  const anchor = a.textContent ?? '';
  let msg: Element = a;
  let el: Element | null = a.parentElement;
  for (let i = 0; el && i < MAX_CLIMB; i++) {
    const role = el.getAttribute('role') ?? '';
    if (LIST_TAGS.has(el.tagName) || LIST_ROLES.has(role) || el.childElementCount > MAX_CHILDREN) break;
    msg = el;
    let isArea = false;
    try {
      isArea = areas !== '' && el.matches(areas);
    } catch {
      isArea = false;
    }
    if (isArea || ITEM_TAGS.has(el.tagName) || ITEM_ROLES.has(role)) break;
    if ((el.textContent ?? '').length > anchor.length + 2 * CONTEXT_CHARS) break;
    el = el.parentElement;
  }
  if (msg === a) return { before: '', anchor, after: '' };
  const doc = a.ownerDocument;
  const range = doc.createRange();
  range.setStart(msg, 0);
  range.setEndBefore(a);
  const before = range.toString();
  range.setStartAfter(a);
  range.setEnd(msg, msg.childNodes.length);
  const after = range.toString();
  return { before: before.slice(Math.max(0, before.length - CONTEXT_CHARS)), anchor, after: after.slice(0, CONTEXT_CHARS) };
}

/**
 * True when the words around the link lure the reader to log in or confirm
 * (G12 "lure-link" on the link). `link` is the address judged; pass
 * NEUTRAL_LINK when the link is already suspicious for another reason.
 */
export function isLure(analyze: Analyzer, message: MessageText, link: string, config: Partial<EngineConfig>): boolean {
  const head = `${message.before} ${message.anchor} `;
  const start = head.length;
  const end = start + link.length;
  const text = `${head}${link} ${message.after}`;
  const disabled = [...new Set([...(config.disabledGuidelines ?? []), ...ALL_BUT_LINKS])];
  const findings = analyze(text, { ...config, disabledGuidelines: disabled });
  for (const f of findings) if (f.messageId === 'lure-link' && f.start < end && f.end > start) return true;
  return false;
}
