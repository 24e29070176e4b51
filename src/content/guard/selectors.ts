/** One selector string from an adapter's selector list (selectors the browser cannot parse left out), cached. */
import type { SeenSelector } from '../../sites/types';

const cache = new WeakMap<readonly SeenSelector[], string>();

export function joinSelectors(list: readonly SeenSelector[] | undefined, doc: Document): string {
  if (!list || list.length === 0) return '';
  const known = cache.get(list);
  if (known !== undefined) return known;
  const probe = doc.createDocumentFragment();
  const ok: string[] = [];
  for (const s of list) {
    try {
      probe.querySelector(s.selector);
      ok.push(s.selector);
    } catch {
      // skipped
    }
  }
  const joined = ok.join(', ');
  cache.set(list, joined);
  return joined;
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
