/**
 * The host element of Varsam's own UI in a page (the indicator, the send
 * prompt, the link prompt): a custom element whose inline styles are all
 * `!important` (the page's CSS cannot move or hide it), with an open shadow
 * root that holds the component styles and one mount point for Preact.
 */
import { render } from 'preact';

export interface ShadowHost {
  readonly element: HTMLElement;
  /** Where the component is rendered, inside the shadow root. */
  readonly mount: HTMLElement;
}

/** Creates the host (not yet in the page): `tag` with the inline `style` properties, `css` in its shadow root. */
export function createShadowHost(doc: Document, tag: string, css: string, style: Readonly<Record<string, string>>): ShadowHost {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(style)) element.style.setProperty(name, value, 'important');
  const shadow = element.attachShadow({ mode: 'open' });
  const sheet = doc.createElement('style');
  sheet.textContent = css;
  shadow.appendChild(sheet);
  const mount = doc.createElement('div');
  shadow.appendChild(mount);
  return { element, mount };
}

/** Puts the host at the end of the body (never inside the page's editor), or of the root element without a body. */
export function attachHost(doc: Document, host: ShadowHost): void {
  (doc.body ?? doc.documentElement).appendChild(host.element);
}

/** Unmounts the component and takes the host out of the page. */
export function removeHost(host: ShadowHost): void {
  try {
    render(null, host.mount);
  } catch {
    // The page may have removed the host already.
  }
  host.element.remove();
}
