/**
 * Underlines through the CSS Custom Highlight API: one Highlight per severity
 * in the document's registry, holding the ranges of all boxes. Never touches
 * the editor's DOM; the ::highlight style lives in a stylesheet of the
 * document (or of the open shadow root that holds the box).
 */
import type { Severity } from '../engine/types';

export const HIGHLIGHT_NAMES: Record<Severity, string> = {
  high: 'varsam-high',
  warning: 'varsam-warning',
  info: 'varsam-info',
};

const CSS_TEXT = [
  '::highlight(varsam-high) { text-decoration: underline wavy #c62828; text-decoration-thickness: 2px; text-underline-offset: 3px; }',
  '::highlight(varsam-warning) { text-decoration: underline wavy #e0a100; text-decoration-thickness: 2px; text-underline-offset: 3px; }',
  '::highlight(varsam-info) { text-decoration: underline dotted #1565c0; text-underline-offset: 3px; }',
].join('\n');

type HighlightCtor = new (...ranges: AbstractRange[]) => { add(r: AbstractRange): unknown; clear(): void; size: number };

interface Registry {
  set(name: string, h: unknown): unknown;
  delete(name: string): boolean;
}

function api(win: Window): { registry: Registry; Highlight: HighlightCtor } | null {
  const css = (win as unknown as { CSS?: { highlights?: Registry } }).CSS;
  const Highlight = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  if (!css?.highlights || typeof Highlight !== 'function') return null;
  return { registry: css.highlights, Highlight };
}

export function highlightsSupported(win: Window): boolean {
  return api(win) !== null;
}

const styled = new WeakSet<Document | ShadowRoot>();

/** Adds the ::highlight stylesheet once to the document or shadow root that holds the box. */
export function ensureHighlightStyle(root: Document | ShadowRoot): void {
  if (styled.has(root)) return;
  styled.add(root);
  try {
    const doc = root instanceof Document ? root : root.ownerDocument;
    const win = doc.defaultView;
    if (win && 'adoptedStyleSheets' in root && typeof win.CSSStyleSheet === 'function') {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(CSS_TEXT);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    }
    if (root instanceof Document) {
      const style = doc.createElement('style');
      style.setAttribute('data-varsam', 'highlights');
      style.textContent = CSS_TEXT;
      (doc.head ?? doc.documentElement).appendChild(style);
    }
  } catch {
    // Highlights are an extra; the badge still works.
  }
}

/**
 * Keeps each box's ranges and publishes their union per severity.
 */
export class HighlightSet {
  private readonly byBox = new Map<object, { severity: Severity; range: Range }[]>();

  constructor(private readonly win: Window) {}

  set(box: object, ranges: { severity: Severity; range: Range }[]): void {
    if (ranges.length === 0) this.byBox.delete(box);
    else this.byBox.set(box, ranges);
    this.publish();
  }

  delete(box: object): void {
    if (this.byBox.delete(box)) this.publish();
  }

  private publish(): void {
    const a = api(this.win);
    if (!a) return;
    for (const severity of ['high', 'warning', 'info'] as Severity[]) {
      const ranges: Range[] = [];
      for (const list of this.byBox.values()) for (const r of list) if (r.severity === severity) ranges.push(r.range);
      const name = HIGHLIGHT_NAMES[severity];
      try {
        if (ranges.length === 0) a.registry.delete(name);
        else a.registry.set(name, new a.Highlight(...ranges));
      } catch {
        // Ignore: the registry may be unavailable in this frame.
      }
    }
  }
}
