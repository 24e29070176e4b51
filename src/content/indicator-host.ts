/**
 * The <varsam-indicator> element of one watched box: a host appended to the
 * box document's body (never inside the editor or its ancestors), positioned
 * fixed beside the box, with the Preact badge and panel in its shadow root.
 * Its data-guidelines and data-severity attributes are the contract of
 * design.md.
 */
import { h, render } from 'preact';
import type { Severity } from '../engine/types';
import { Indicator } from '../ui/indicator/Indicator';
import type { IndicatorActions, IndicatorModel } from '../ui/indicator/model';
import { INDICATOR_CSS } from '../ui/indicator/styles';
import { attachHost, createShadowHost, removeHost, type ShadowHost } from './shadow-host';

export const INDICATOR_TAG = 'varsam-indicator';
const BADGE_SIZE = 26;

/** Fixed beside the box; hidden until placed. */
const HOST_STYLE = { position: 'fixed', 'z-index': '2147483646', margin: '0', padding: '0', border: '0', display: 'none' };

export class IndicatorHost {
  readonly element: HTMLElement;
  private readonly host: ShadowHost;
  private readonly mount: HTMLElement;
  private open = false;
  private below = false;
  private last: { model: IndicatorModel; actions: IndicatorActions } | null = null;

  constructor(private readonly doc: Document) {
    this.host = createShadowHost(doc, INDICATOR_TAG, INDICATOR_CSS, HOST_STYLE);
    this.element = this.host.element;
    this.mount = this.host.mount;
    this.element.setAttribute('data-guidelines', '');
    this.element.setAttribute('data-severity', '');
    attachHost(doc, this.host);
  }

  setAttributes(guidelines: number[], severity: Severity | null): void {
    const g = guidelines.join(',');
    if (this.element.getAttribute('data-guidelines') !== g) this.element.setAttribute('data-guidelines', g);
    const s = severity ?? '';
    if (this.element.getAttribute('data-severity') !== s) this.element.setAttribute('data-severity', s);
  }

  render(model: IndicatorModel, actions: IndicatorActions): void {
    this.last = { model, actions };
    const wrapped: IndicatorActions = {
      ...actions,
      onOpenChange: (open) => {
        this.open = open;
        actions.onOpenChange?.(open);
      },
    };
    render(h(Indicator, { model: { ...model, below: this.below }, actions: wrapped }), this.mount);
  }

  /** Places the badge just right of the box's bottom-right corner (inside it when there is no room). */
  place(box: Element): void {
    // Some pages rebuild their body: put the host back if it was removed.
    if (!this.element.isConnected) attachHost(this.doc, this.host);
    const s = this.element.style;
    const rect = box.getBoundingClientRect();
    const view = this.doc.defaultView;
    const vw = view?.innerWidth ?? 0;
    const vh = view?.innerHeight ?? 0;
    const hidden = rect.width === 0 && rect.height === 0;
    const offscreen = rect.bottom < 0 || rect.top > vh || rect.right < 0 || rect.left > vw;
    if (hidden || (offscreen && !this.open)) {
      s.setProperty('display', 'none', 'important');
      return;
    }
    let left = rect.right + 4;
    if (left + BADGE_SIZE + 8 > vw) left = rect.right - BADGE_SIZE - 4;
    let top = rect.bottom - BADGE_SIZE;
    top = Math.max(0, Math.min(top, vh - BADGE_SIZE));
    left = Math.max(0, left);
    s.setProperty('display', 'block', 'important');
    s.setProperty('left', `${Math.round(left)}px`, 'important');
    s.setProperty('top', `${Math.round(top)}px`, 'important');
    // The panel opens below the badge when the box is in the top half of the window.
    const below = top < vh / 2;
    if (below !== this.below) {
      this.below = below;
      if (this.last) this.render(this.last.model, this.last.actions);
    }
  }

  remove(): void {
    removeHost(this.host);
  }
}
