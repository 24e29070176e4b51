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
import { decideGuard, type GuardDecision } from './decide';
import { ModalHost } from './modal-host';
import { containsAcross, joinSelectors, parentAcross } from './selectors';
import { refocus, saveCaret, type SavedCaret } from './selection';
import { boxElementNear, inOwnUi, keySend, MAX_ANCESTORS, pressAgain, sendControl, type KeySend } from './send-event';

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

const MAX_SHOWN = 5;
/**
 * The longest a send is held for the engine to load and the box to be
 * checked; then it is decided on what is known (no engine: it goes ahead).
 */
export const HOLD_CAP_MS = 4000;

type Stopped =
  | { kind: 'click'; control: Element; box: GuardBox; caret?: SavedCaret }
  | ({ kind: 'key'; box: GuardBox } & KeySend);

function capped(work: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void work.catch(() => undefined).then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export function startSendGuard(win: Window, env: SendGuardEnv): SendGuardHandle {
  const doc = win.document;
  const abort = new AbortController();
  let dialog: ModalHost | null = null;
  /** The one event to let through: set just before the re-dispatch, cleared when it is seen. */
  let bypass: Element | null = null;
  /** Boxes whose send is held while the engine loads (a second press meanwhile is the same send). */
  const holding = new Set<GuardBox>();

  /**
   * The watched box that shares the nearest ancestor with the control; else
   * the adapter's box next to it, watched now (typed into before the content
   * script was watching).
   */
  function boxNear(control: Element): GuardBox | null {
    const boxes = env.boxes();
    let el: Element | null = boxes.length > 0 ? control : null;
    for (let i = 0; el && i < MAX_ANCESTORS; i++) {
      if (el === doc.body || el === doc.documentElement) break;
      for (const b of boxes) if (b.el.isConnected && containsAcross(el, b.el)) return b;
      el = parentAcross(el);
    }
    const adapter = env.adapter();
    const near = adapter ? boxElementNear(control, adapter, doc) : null;
    return near ? env.boxFor(near) : null;
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
    if (holding.has(stopped.box)) {
      // Pressed again while this box's send is held: the same send.
      e.preventDefault();
      e.stopImmediatePropagation();
      return true;
    }
    try {
      stopped.box.update();
    } catch {
      // use the last result
    }
    if (env.engineReady && env.loadEngine && !env.engineReady() && stopped.box.text.trim().length > 0) {
      // The engine is still loading (the first check of this frame): hold the send until the text is checked.
      e.preventDefault();
      e.stopImmediatePropagation();
      hold(stopped, env.loadEngine);
      return true;
    }
    const decision = decideGuard(env.mode(), stopped.box.shown);
    if (!decision) return false;
    e.preventDefault();
    e.stopImmediatePropagation();
    open(stopped, modelFor(stopped.box, decision.findings, decision.allowPost));
    return true;
  }

  /**
   * Waits for the engine (at most HOLD_CAP_MS), checks the box again, then
   * prompts, or presses the send again exactly once: the text is clean, no
   * engine came, or the guard was stopped meanwhile (a send is never swallowed).
   */
  function hold(stopped: Stopped, load: () => Promise<unknown>): void {
    holding.add(stopped.box);
    void capped(load(), HOLD_CAP_MS).then(() => {
      holding.delete(stopped.box);
      let decision: GuardDecision | null = null;
      if (!abort.signal.aborted && env.engineReady?.()) {
        try {
          stopped.box.update(true);
          decision = decideGuard(env.mode(), stopped.box.shown);
        } catch {
          // decided as clean: the send goes ahead
        }
      }
      if (decision) open(stopped, modelFor(stopped.box, decision.findings, decision.allowPost));
      else resend(stopped);
    });
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
    bypass = stopped.target;
    try {
      pressAgain(win, stopped);
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
    const control = sendControl(e.composedPath(), adapter, doc);
    if (!control) return;
    const box = boxNear(control);
    if (box) downCaret = { control, caret: saveCaret(box.el) };
  }

  function onClick(e: MouseEvent): void {
    if (bypass) return; // our own re-dispatch: the site's send goes ahead once
    const adapter = env.adapter();
    if (!adapter || env.mode() === 'off') return;
    const path = e.composedPath();
    if (inOwnUi(path)) return;
    const control = sendControl(path, adapter, doc);
    if (!control) return;
    const box = boxNear(control);
    if (!box) return;
    const caret = downCaret && downCaret.control === control ? downCaret.caret : undefined;
    downCaret = null;
    maybeStop(e, { kind: 'click', control, box, caret });
  }

  function onKeyDown(e: KeyboardEvent): void {
    if (bypass) return;
    const adapter = env.adapter();
    if (!adapter || env.mode() === 'off') return;
    const path = e.composedPath();
    if (inOwnUi(path)) return;
    const send = keySend(e, path, adapter, doc);
    const box = send ? env.boxFor(send.editable) : null;
    if (send && box) maybeStop(e, { kind: 'key', box, ...send });
  }

  const opts: AddEventListenerOptions = { capture: true, signal: abort.signal };
  win.addEventListener('click', onClick, opts);
  win.addEventListener('pointerdown', onPointerDown, { capture: true, passive: true, signal: abort.signal });
  win.addEventListener('keydown', onKeyDown, opts);

  return {
    stop() {
      abort.abort(); // a held send goes ahead when its wait ends
      dialog?.close();
      dialog = null;
    },
    isOpen: () => Boolean(dialog && dialog.isOpen),
  };
}
