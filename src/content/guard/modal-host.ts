/**
 * A modal dialog in its own shadow root: a <varsam-dialog> element appended to
 * the body (never inside the page's editor), removed on close. Remembers the
 * element that had focus and gives focus back on close, unless told where.
 */
import { render, type VNode } from 'preact';
import { DIALOG_CSS } from '../../ui/guard/styles';
import { attachHost, createShadowHost, removeHost, type ShadowHost } from '../shadow-host';

export const DIALOG_TAG = 'varsam-dialog';

/** Covers the whole window, above everything of the page. */
const HOST_STYLE = { position: 'fixed', inset: '0', 'z-index': '2147483647', display: 'block' };

export class ModalHost {
  readonly element: HTMLElement;
  private readonly host: ShadowHost;
  private readonly mount: HTMLElement;
  private closed = false;

  constructor(doc: Document, kind: string) {
    this.host = createShadowHost(doc, DIALOG_TAG, DIALOG_CSS, HOST_STYLE);
    this.element = this.host.element;
    this.mount = this.host.mount;
    this.element.setAttribute('data-kind', kind);
    // Clicks and keys in the dialog are the dialog's: they do not bubble on to the page (whose "click outside"
    // handlers might otherwise close its composer).
    for (const type of ['click', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress']) {
      this.element.addEventListener(type, (e) => e.stopPropagation());
    }
    attachHost(doc, this.host);
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
    removeHost(this.host);
    if (focusTarget && focusTarget.isConnected && typeof (focusTarget as HTMLElement).focus === 'function') {
      try {
        (focusTarget as HTMLElement).focus({ preventScroll: true });
      } catch {
        // ignore
      }
    }
  }
}
