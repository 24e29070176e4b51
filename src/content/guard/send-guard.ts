/**
 * The send guard: when the employee presses the site's post, send or reply
 * control (click, Ctrl/Cmd+Enter, or Enter in a chat box where Enter sends)
 * while that box has findings the setting stops on, the event is stopped in
 * the capture phase on the window and one prompt is shown. "Endre" closes it
 * and puts focus back in the box (the text is never touched); "Publiser
 * likevel" lets the site's own send go ahead exactly once, by clicking the
 * same control again or re-dispatching the key, with a one-shot bypass.
 * Knows the adapter's selectors and the boxes, not the rules.
 */
import { h } from 'preact';
import type { SendGuard } from '../../config/types';
import { excerptOf } from '../../engine/excerpt';
import { pick } from '../../engine/messages';
import type { Finding, Lang } from '../../engine/types';
import type { GuidelinePack } from '../../guidelines/types';
import type { SiteAdapter } from '../../sites/types';
import { GuardDialog } from '../../ui/guard/GuardDialog';
import type { GuardModel } from '../../ui/guard/model';
import { editableFromPath } from '../editable';
import { decideGuard } from './decide';
import { DIALOG_TAG, ModalHost } from './modal-host';
import { containsAcross, joinSelectors, matchesSafe, parentAcross } from './selectors';
import { refocus, saveCaret, type SavedCaret } from './selection';

/** What the guard needs of a watched box. */
export interface GuardBox {
  readonly el: Element;
  readonly text: string;
  readonly shown: readonly Finding[];
  /** Re-reads the box and re-analyses when it changed (synchronous). */
  update(force?: boolean): void;
}

export interface SendGuardEnv {
  adapter(): SiteAdapter | null;
  mode(): SendGuard;
  lang(): Lang;
  pack(): GuidelinePack;
  boxes(): readonly GuardBox[];
  /** The watched box for an editable root, watching it now when it is not yet (null when it is no box). */
  boxFor(el: Element): GuardBox | null;
  /** The engine is loaded in this frame (analysis is synchronous); when absent, taken as loaded. */
  engineReady?(): boolean;
  /** Loads the engine (resolves when it is there or cannot be had). */
  loadEngine?(): Promise<unknown>;
}

export interface SendGuardHandle {
  stop(): void;
  /** For tests: a prompt is open. */
  isOpen(): boolean;
}

/** How far up from a send control to look for its compose box. */
const MAX_ANCESTORS = 25;
const MAX_SHOWN = 5;

type Stopped =
  | { kind: 'click'; control: Element; box: GuardBox; caret?: SavedCaret }
  | { kind: 'key'; target: Element; box: GuardBox; init: KeyboardEventInit };

export function startSendGuard(win: Window, env: SendGuardEnv): SendGuardHandle {
  const doc = win.document;
  const abort = new AbortController();
  let dialog: ModalHost | null = null;
  /** The one event to let through: set just before the re-dispatch, cleared when it is seen. */
  let bypass: Element | null = null;
  /** A send is held while the engine loads (a second press meanwhile is swallowed: it is the same send). */
  let waiting = false;

  function inOwnUi(path: readonly EventTarget[]): boolean {
    for (const t of path) if ((t as Element).tagName && (t as Element).tagName.toLowerCase() === DIALOG_TAG) return true;
    return false;
  }

  /** The watched box that shares the nearest ancestor with the control. */
  function boxNear(control: Element): GuardBox | null {
    const boxes = env.boxes();
    if (boxes.length === 0) return null;
    let el: Element | null = control;
    for (let i = 0; el && i < MAX_ANCESTORS; i++) {
      if (el === doc.body || el === doc.documentElement) break;
      for (const b of boxes) if (b.el.isConnected && containsAcross(el, b.el)) return b;
      el = parentAcross(el);
    }
    return null;
  }

  function controlFromPath(path: readonly EventTarget[], selector: string): Element | null {
    for (const t of path) {
      const el = t as Element;
      if (!el || typeof el.tagName !== 'string') break;
      if (matchesSafe(el, selector)) return el;
    }
    return null;
  }

  function modelFor(box: GuardBox, findings: readonly Finding[], allowPost: boolean): GuardModel {
    const lang = env.lang();
    const pack = env.pack();
    const text = box.text;
    return {
      lang,
      allowPost,
      more: Math.max(0, findings.length - MAX_SHOWN),
      findings: findings.slice(0, MAX_SHOWN).map((f) => {
        const g = pack.guidelines.find((x) => x.id === f.guideline);
        return {
          guideline: f.guideline,
          guidelineTitle: g ? pick(g.title, lang) : '',
          severity: f.severity === 'high' ? 'high' : 'warning',
          excerpt: excerptOf(text, f).split('\n').join(' '),
          message: pick(f.message, lang),
        };
      }),
    };
  }

  /** Decides for a box; stops the event and opens the prompt when the setting says so. */
  function maybeStop(e: Event, stopped: Stopped): boolean {
    try {
      stopped.box.update();
    } catch {
      // use the last result
    }
    if (env.engineReady && env.loadEngine && !env.engineReady() && stopped.box.text.trim().length > 0) {
      // The engine is still loading (the first check of this frame): hold the send until the text is
      // checked, then prompt, or let it go ahead exactly once when the text is clean (or no engine came).
      e.preventDefault();
      e.stopImmediatePropagation();
      if (waiting) return true;
      waiting = true;
      void env.loadEngine().catch(() => undefined).then(() => {
        waiting = false;
        if (abort.signal.aborted) return;
        try {
          stopped.box.update(true);
        } catch {
          // use the last result
        }
        const later = env.engineReady?.() ? decideGuard(env.mode(), stopped.box.shown) : null;
        if (later) open(stopped, modelFor(stopped.box, later.findings, later.allowPost));
        else resend(stopped);
      });
      return true;
    }
    const decision = decideGuard(env.mode(), stopped.box.shown);
    if (!decision) return false;
    e.preventDefault();
    e.stopImmediatePropagation();
    open(stopped, modelFor(stopped.box, decision.findings, decision.allowPost));
    return true;
  }

  function open(stopped: Stopped, model: GuardModel): void {
    dialog?.close();
    const caret = (stopped.kind === 'click' ? stopped.caret : null) ?? saveCaret(stopped.box.el);
    const host = new ModalHost(doc, 'send-guard');
    dialog = host;
    const close = () => {
      host.close();
      if (dialog === host) dialog = null;
      refocus(stopped.box.el, caret);
    };
    const edit = close;
    const post = () => {
      close();
      if (!model.allowPost) return;
      resend(stopped);
    };
    host.show(h(GuardDialog, { model, actions: { onEdit: edit, onPostAnyway: post } }));
  }

  function resend(stopped: Stopped): void {
    if (stopped.kind === 'click') {
      let control = stopped.control;
      if (!control.isConnected) {
        const selector = joinSelectors(env.adapter()?.submits, doc);
        const again = selector ? [...doc.querySelectorAll(selector)].find((c) => boxNear(c) === stopped.box) : undefined;
        if (!again) return;
        control = again;
      }
      bypass = control;
      try {
        (control as HTMLElement).click();
      } finally {
        bypass = null;
      }
      return;
    }
    const KE = (win as Window & typeof globalThis).KeyboardEvent;
    bypass = stopped.target;
    try {
      stopped.target.dispatchEvent(new KE('keydown', stopped.init));
    } finally {
      bypass = null;
    }
  }

  /** The caret of the box as it was when the pointer went down on a send control (before the control took focus). */
  let downCaret: { control: Element; caret: SavedCaret } | null = null;

  function onPointerDown(e: Event): void {
    downCaret = null;
    const adapter = env.adapter();
    if (!adapter || env.mode() === 'off') return;
    const control = controlFromPath(e.composedPath(), joinSelectors(adapter.submits, doc));
    if (!control) return;
    const box = boxNear(control);
    if (box) downCaret = { control, caret: saveCaret(box.el) };
  }

  function onClick(e: MouseEvent): void {
    if (bypass) return; // our own re-dispatch: the site's send goes ahead once
    const adapter = env.adapter();
    if (!adapter || env.mode() === 'off') return;
    const selector = joinSelectors(adapter.submits, doc);
    if (!selector) return;
    const path = e.composedPath();
    if (inOwnUi(path)) return;
    const control = controlFromPath(path, selector);
    if (!control) return;
    const box = boxNear(control);
    if (!box) return;
    const caret = downCaret && downCaret.control === control ? downCaret.caret : undefined;
    downCaret = null;
    maybeStop(e, { kind: 'click', control, box, caret });
  }

  function onKeyDown(e: KeyboardEvent): void {
    if (bypass) return;
    if (e.key !== 'Enter' || e.isComposing || e.keyCode === 229 || e.altKey) return;
    const adapter = env.adapter();
    if (!adapter || env.mode() === 'off') return;
    const path = e.composedPath();
    if (inOwnUi(path)) return;
    const mod = e.ctrlKey || e.metaKey;
    if (!mod && e.shiftKey) return;
    const el = editableFromPath(path);
    if (!el) return;
    if (!mod && !matchesSafe(el, joinSelectors(adapter.enterSends, doc))) return;
    const box = env.boxFor(el);
    if (!box) return;
    const target = (path[0] as Element) ?? el;
    const init: KeyboardEventInit & { keyCode: number; which: number } = {
      key: e.key, code: e.code, location: e.location, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey,
      altKey: e.altKey, repeat: e.repeat, bubbles: true, cancelable: true, composed: true, keyCode: 13, which: 13,
    };
    maybeStop(e, { kind: 'key', target, box, init });
  }

  const opts: AddEventListenerOptions = { capture: true, signal: abort.signal };
  win.addEventListener('click', onClick, opts);
  win.addEventListener('pointerdown', onPointerDown, { capture: true, passive: true, signal: abort.signal });
  win.addEventListener('keydown', onKeyDown, opts);

  return {
    stop() {
      abort.abort();
      dialog?.close();
      dialog = null;
    },
    isOpen: () => Boolean(dialog && dialog.isOpen),
  };
}
