/**
 * Holds sends until the send guard listens. The content script starts the
 * guard only after it has read its settings, and in a browser that has just
 * started (a fresh profile, or the first pages after a restart) Chrome can
 * take seconds to answer storage.managed: a send pressed meanwhile would go
 * out unchecked. The entry point installs this first thing: a send (see
 * send-event.ts) from a box that holds text is stopped and remembered, once
 * per box; release() removes the hold and presses each remembered send again,
 * now seen by the guard, which prompts or lets it go ahead exactly once. The
 * hold releases itself after EARLY_CAP_MS, so a send is never swallowed.
 */
import type { SiteAdapter } from '../../sites/types';
import { boxElementNear, holdsText, inOwnUi, keySend, pressAgain, sendControl, type KeySend } from './send-event';
import { joinSelectors } from './selectors';

/** The longest a send waits for the guard (settings seen to take 4 s on a fresh profile under load). */
export const EARLY_CAP_MS = 8000;

type Held = { kind: 'click'; control: Element; box: Element } | { kind: 'key'; send: KeySend; box: Element };

export interface EarlyHold {
  /** Stops holding and presses each held send again (for the guard that now listens). Runs once. */
  release(): void;
  /** How many sends are held (for tests). */
  held(): number;
}

export interface EarlyHoldOptions {
  /** The longest a send is held (EARLY_CAP_MS). */
  capMs?: number;
  /** Called at the first held send: start loading what the check needs (the engine) while settings are read. */
  onFirstHold?: () => void;
}

export function holdEarlySends(win: Window, adapter: SiteAdapter | null, options: EarlyHoldOptions = {}): EarlyHold {
  const capMs = options.capMs ?? EARLY_CAP_MS;
  const doc = win.document;
  const abort = new AbortController();
  const held: Held[] = [];
  let cap = 0;

  function hold(e: Event, item: Held): void {
    e.preventDefault();
    e.stopImmediatePropagation();
    // The same box pressed again while held: the same send, pressed again once on release.
    if (held.some((h) => h.box === item.box)) return;
    held.push(item);
    if (cap) return;
    cap = win.setTimeout(release, capMs);
    try {
      options.onFirstHold?.();
    } catch {
      // only a head start
    }
  }

  function onClick(e: MouseEvent): void {
    if (!adapter) return;
    const path = e.composedPath();
    if (inOwnUi(path)) return;
    const control = sendControl(path, adapter, doc);
    if (!control) return;
    const box = boxElementNear(control, adapter, doc);
    if (box && holdsText(box)) hold(e, { kind: 'click', control, box });
  }

  function onKeyDown(e: KeyboardEvent): void {
    if (!adapter) return;
    const path = e.composedPath();
    if (inOwnUi(path)) return;
    const send = keySend(e, path, adapter, doc);
    if (send && holdsText(send.editable)) hold(e, { kind: 'key', send, box: send.editable });
  }

  /** The control to click again: the same one, or (when the page replaced it) the site's control next to the box. */
  function controlFor(item: Extract<Held, { kind: 'click' }>): HTMLElement | null {
    if (item.control.isConnected) return item.control as HTMLElement;
    const selector = adapter ? joinSelectors(adapter.submits, doc) : '';
    if (!selector || !adapter) return null;
    for (const c of doc.querySelectorAll(selector)) if (boxElementNear(c, adapter, doc) === item.box) return c as HTMLElement;
    return null;
  }

  function release(): void {
    if (abort.signal.aborted) return;
    abort.abort();
    if (cap) win.clearTimeout(cap);
    for (const item of held.splice(0)) {
      try {
        if (item.kind === 'click') controlFor(item)?.click();
        else if (item.send.target.isConnected) pressAgain(win, item.send);
      } catch {
        // Never throw in the page.
      }
    }
  }

  if (adapter) {
    const opts: AddEventListenerOptions = { capture: true, signal: abort.signal };
    win.addEventListener('click', onClick, opts);
    win.addEventListener('keydown', onKeyDown, opts);
  }
  return { release, held: () => held.length };
}
