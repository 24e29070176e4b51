/**
 * What counts as a send, read from an event: a click on one of the site's
 * post/send/reply controls, Ctrl/Cmd+Enter in a compose box, or a plain Enter
 * in a box where Enter sends. Shared by the send guard and the early hold that
 * stands in for it while the content script starts.
 */
import type { SiteAdapter } from '../../sites/types';
import { combinedSelector, editableFromPath, isEditableRoot } from '../editable';
import { DIALOG_TAG } from './modal-host';
import { joinSelectors, matchesSafe, parentAcross } from './selectors';

/** How far up from a send control to look for its compose box. */
export const MAX_ANCESTORS = 25;

/** A key press that sends: the editable root it is in, the innermost target, and how to press it again. */
export interface KeySend {
  readonly editable: Element;
  readonly target: Element;
  readonly init: KeyboardEventInit;
}

/** The event went to Varsam's own dialog (its buttons and keys are never a send). */
export function inOwnUi(path: readonly EventTarget[]): boolean {
  for (const t of path) {
    const tag = (t as Element).tagName;
    if (typeof tag === 'string' && tag.toLowerCase() === DIALOG_TAG) return true;
  }
  return false;
}

/** The site's send control on the event's path (innermost first), or null. */
export function sendControl(path: readonly EventTarget[], adapter: SiteAdapter, doc: Document): Element | null {
  const selector = joinSelectors(adapter.submits, doc);
  if (!selector) return null;
  for (const t of path) {
    const el = t as Element;
    if (!el || typeof el.tagName !== 'string') break;
    if (matchesSafe(el, selector)) return el;
  }
  return null;
}

/** A key press that sends (Ctrl/Cmd+Enter in any box, plain Enter where the site sends on Enter), or null. */
export function keySend(e: KeyboardEvent, path: readonly EventTarget[], adapter: SiteAdapter, doc: Document): KeySend | null {
  if (e.key !== 'Enter' || e.isComposing || e.keyCode === 229 || e.altKey) return null;
  const mod = e.ctrlKey || e.metaKey;
  if (!mod && e.shiftKey) return null;
  const editable = editableFromPath(path);
  if (!editable) return null;
  if (!mod && !matchesSafe(editable, joinSelectors(adapter.enterSends, doc))) return null;
  const target = (path[0] as Element) ?? editable;
  const init: KeyboardEventInit & { keyCode: number; which: number } = {
    key: e.key, code: e.code, location: e.location, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey,
    altKey: e.altKey, repeat: e.repeat, bubbles: true, cancelable: true, composed: true, keyCode: 13, which: 13,
  };
  return { editable, target, init };
}

/** Presses the key again on its target (a synthetic keydown the site's send handler reads). */
export function pressAgain(win: Window, send: KeySend): void {
  const KE = (win as Window & typeof globalThis).KeyboardEvent;
  send.target.dispatchEvent(new KE('keydown', send.init));
}

/**
 * The compose box of a send control by the adapter's box selectors: the box
 * in the nearest ancestor of the control that holds one (light DOM), or null.
 */
export function boxElementNear(control: Element, adapter: SiteAdapter, doc: Document): Element | null {
  const selector = combinedSelector(adapter.boxes, doc);
  if (!selector) return null;
  let el: Element | null = control;
  for (let i = 0; el && i < MAX_ANCESTORS; i++) {
    if (el === doc.body || el === doc.documentElement) break;
    const found = el.querySelector(selector);
    if (found && isEditableRoot(found)) return found;
    el = parentAcross(el);
  }
  return null;
}

/** The box holds something to send (text other than white space). */
export function holdsText(box: Element): boolean {
  const text = box.tagName === 'TEXTAREA' ? (box as HTMLTextAreaElement).value : box.textContent ?? '';
  return text.trim().length > 0;
}
