/** Selector helpers of the send guard: adapter lists as one selector, safe matching, walking out of shadow roots. */
import type { SeenSelector } from '../../sites/types';
import { combinedSelector } from '../editable';

/** One selector string from an adapter's selector list (selectors the browser cannot parse left out), cached. */
export function joinSelectors(list: readonly SeenSelector[] | undefined, doc: Document): string {
  return list && list.length > 0 ? combinedSelector(list, doc) : '';
}

export function matchesSafe(el: Element, selector: string): boolean {
  if (!selector) return false;
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** The parent element, crossing out of a shadow root to its host. */
export function parentAcross(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode() as ShadowRoot;
  return root && root.host ? root.host : null;
}

/** True when `inner` is `outer` or inside it, also through shadow roots. */
export function containsAcross(outer: Element, inner: Element): boolean {
  let el: Element | null = inner;
  for (let i = 0; el && i < 200; i++) {
    if (outer === el || outer.contains(el)) return true;
    const root = el.getRootNode() as ShadowRoot;
    el = root && root.host ? root.host : null;
  }
  return false;
}
