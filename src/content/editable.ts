/**
 * Finding the editable root behind an event or an element: a textarea, or the
 * outermost element of a contenteditable region. Open shadow roots are
 * crossed through composedPath().
 */
import type { EditorKind, SiteAdapter } from '../sites/types';

export function isEditableRoot(el: Element): boolean {
  if (el.tagName === 'TEXTAREA') {
    const t = el as HTMLTextAreaElement;
    return !t.readOnly && !t.disabled;
  }
  const html = el as HTMLElement;
  if (!html.isContentEditable) return false;
  const parent = html.parentElement;
  return !parent || !parent.isContentEditable;
}

/** The editable root in an event's composed path (innermost first), or null. */
export function editableFromPath(path: readonly EventTarget[]): Element | null {
  let candidate: Element | null = null;
  for (const t of path) {
    const el = t as Element;
    if (!el || typeof el.tagName !== 'string') break; // reached the document or window
    if (el.tagName === 'TEXTAREA') return isEditableRoot(el) ? el : null;
    if ((el as HTMLElement).isContentEditable) candidate = el;
    else if (candidate) return candidate;
  }
  return candidate;
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** The editor kind of a box by the adapter's selectors, then the fallback's; plain contenteditable otherwise. */
export function editorKindOf(el: Element, adapters: readonly SiteAdapter[]): EditorKind {
  for (const adapter of adapters) {
    for (const b of adapter.boxes) if (safeMatches(el, b.selector)) return b.editor;
  }
  return el.tagName === 'TEXTAREA' ? 'textarea' : 'contenteditable';
}

const combined = new WeakMap<readonly { readonly selector: string }[], string>();

/** One selector string for all of an adapter's boxes (invalid ones left out), checked once on an empty fragment. */
export function combinedSelector(boxes: readonly { readonly selector: string }[], doc: Document): string {
  const known = combined.get(boxes);
  if (known !== undefined) return known;
  const probe = doc.createDocumentFragment();
  const ok: string[] = [];
  for (const b of boxes) {
    try {
      probe.querySelector(b.selector);
      ok.push(b.selector);
    } catch {
      // A selector this browser cannot parse is skipped.
    }
  }
  const joined = ok.join(', ');
  combined.set(boxes, joined);
  return joined;
}
