/**
 * A modal dialog in its own shadow root: a <varsam-dialog> element appended to
 * the body (never inside the page's editor), removed on close. Remembers the
 * element that had focus and gives focus back on close, unless told where.
 */
import { render, type VNode } from 'preact';
import { DIALOG_CSS } from '../../ui/guard/styles';

export const DIALOG_TAG = 'varsam-dialog';

export class ModalHost {
  readonly element: HTMLElement;
  private readonly mount: HTMLElement;
  private closed = false;

  constructor(private readonly doc: Document, kind: string) {
    this.element = doc.createElement(DIALOG_TAG);
    this.element.setAttribute('data-kind', kind);
    const s = this.element.style;
    s.setProperty('position', 'fixed', 'important');
    s.setProperty('inset', '0', 'important');
    s.setProperty('z-index', '2147483647', 'important');
    s.setProperty('display', 'block', 'important');
    const shadow = this.element.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = DIALOG_CSS;
    shadow.appendChild(style);
    this.mount = doc.createElement('div');
    shadow.appendChild(this.mount);
    // Clicks and keys in the dialog are the dialog's: they do not bubble on to the page (whose "click outside"
    // handlers might otherwise close its composer).
    for (const type of ['click', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress']) {
      this.element.addEventListener(type, (e) => e.stopPropagation());
    }
    (doc.body ?? doc.documentElement).appendChild(this.element);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  show(vnode: VNode<any>): void {
    if (!this.closed) render(vnode, this.mount);
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  /** Removes the dialog and focuses `focusTarget` (if it is still in the page). */
  close(focusTarget?: Element | null): void {
    if (this.closed) return;
    this.closed = true;
    try {
      render(null, this.mount);
    } catch {
      // ignore
    }
    this.element.remove();
    if (focusTarget && focusTarget.isConnected && typeof (focusTarget as HTMLElement).focus === 'function') {
      try {
        (focusTarget as HTMLElement).focus({ preventScroll: true });
      } catch {
        // ignore
      }
    }
  }
}
