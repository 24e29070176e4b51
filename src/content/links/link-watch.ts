/**
 * Links in received content (G12): anchors inside the site's message areas
 * (conversations, comments; never inside a compose box) are judged with the
 * engine's assessLink when they become visible. A suspicious link gets a
 * marker (an attribute on the anchor, styled by one page style sheet; its
 * address and text are never changed), and a click on it (also a middle click,
 * Ctrl/Cmd-click and Enter on the focused link) first shows why it may be
 * dangerous, with "Opne likevel" and "Avbryt". Safe links are not touched.
 *
 * Cost, cheapest first: only the added subtrees of the page are looked at
 * (batched by page-mutations.ts), with one native query each for anchors inside
 * a message area that do not point into the page's own site; a link to the
 * page's own host, an official domain or a well-known safe domain is settled
 * there (known-safe.ts), so a feed of such links never loads the engine; the
 * rest are observed and judged only once they intersect the viewport, in
 * short idle slices. The context menu's "open in new tab" cannot be stopped by
 * a page script: the marker is the warning there.
 */
import { h } from 'preact';
import { fill, pick } from '../../engine/messages';
import type { LinkAssessment, LinkConfig, LinkReason } from '../../engine/links';
import { resolveEngineConfig } from '../../engine/config';
import type { EngineConfig, Lang } from '../../engine/types';
import { LINK_PROMPT_TEXT, LINK_REASON_TEXT } from '../../i18n/guard';
import type { SiteAdapter } from '../../sites/types';
import { LinkPrompt } from '../../ui/link-prompt/LinkPrompt';
import type { LinkPromptModel } from '../../ui/link-prompt/model';
import { DIALOG_TAG, ModalHost } from '../guard/modal-host';
import { joinSelectors } from '../guard/selectors';
import { selectorParses, watchPageMutations, type PageInterest } from '../page-mutations';
import { isKnownSafe, isSafeHost, plainDomain, plainHostOf } from './known-safe';
import { isLure, messageAround, NEUTRAL_LINK, type Analyzer } from './lure';
import { targetOf, WRAPPER_HOSTS } from './wrappers';

export const LINK_ATTR = 'data-varsam-link';
const STYLE_ID = 'varsam-link-style';
/** Visible anchors are judged in slices of at most JUDGE_SLICE_MS, at most one slice per JUDGE_INTERVAL_MS. */
const JUDGE_SLICE_MS = 1;
const JUDGE_INTERVAL_MS = 500;
const CACHE_MAX = 2000;

/** Why a received link may be dangerous: the engine's reasons, and a log-in lure in the words around it. */
export type ReceivedLinkReason = LinkReason | 'lure';

/** The verdict on a suspicious received link. */
export interface LinkVerdict {
  host: string;
  reasons: ReceivedLinkReason[];
  imitates?: string;
  extension?: string;
}

export interface LinkWatchEnv {
  adapter(): SiteAdapter | null;
  lang(): Lang;
  /** The engine configuration from settings (official domains and organisation names are read). */
  engineConfig(): Partial<EngineConfig>;
  /**
   * The engine's link assessment when the engine is loaded in this frame,
   * else null (the engine is not part of the content script; see
   * src/messaging/engine-api.ts).
   */
  assessor(): ((url: string, config: LinkConfig) => LinkAssessment | null) | null;
  /** The engine's analyze() when loaded (for the log-in lure around a link), else null; absent: no lure check. */
  analyzer?(): Analyzer | null;
  /** Asks for the engine once; resolves when it is there (or cannot be had). */
  loadEngine(): Promise<unknown>;
  /** Adds an interest in the page's added subtrees (shared with the box watcher); absent: the watcher observes the page itself. */
  watchAdded?(interest: PageInterest): () => void;
}

export interface LinkWatchHandle {
  stop(): void;
  /** Looks at every anchor of the page's message areas again (at start, and after a settings change); for tests, judgeAll judges them now, visible or not. */
  scanNow(judgeAll?: boolean): void;
}

const LINK_CSS = `a[${LINK_ATTR}="suspicious"]{outline:2px dashed #b71c1c !important;outline-offset:2px !important;border-radius:2px}
a[${LINK_ATTR}="suspicious"]::after{content:"\\26A0\\FE0E";color:#b71c1c;font-weight:700;margin-left:3px;text-decoration:none;display:inline-block}`;

type RIC = (cb: () => void, o: { timeout: number }) => number;

function cssString(value: string): string {
  let out = '';
  for (const ch of value) out += ch === '"' || ch === '\\' ? `\\${ch}` : ch;
  return out;
}

export function startLinkWatch(win: Window, env: LinkWatchEnv): LinkWatchHandle {
  const doc = win.document;
  const pageHost = win.location.hostname.toLowerCase();
  const abort = new AbortController();
  /** Anchors looked at (each once). */
  const seen = new WeakSet<Element>();
  const judged = new WeakSet<Element>();
  /** The address to judge for each anchor waiting to be judged. */
  const targets = new WeakMap<Element, string>();
  /** Observed anchors in the viewport now, waiting to be judged. */
  const visible = new Set<Element>();
  let judgeTimer = 0;
  let engineWait: Promise<void> | null = null;
  let lastJudge = 0;
  const suspicious = new WeakMap<Element, LinkVerdict>();
  /** Marked anchors whose words were checked for a lure (at the first click). */
  const lureAsked = new WeakSet<Element>();
  const cache = new Map<string, LinkAssessment | null>();
  let configFrom: Partial<EngineConfig> | null = null;
  let linkConfig: LinkConfig = {};
  let officialDomains: ReadonlySet<string> = new Set();
  let dialog: ModalHost | null = null;
  let bypass: Element | null = null;
  const IO = (win as Window & typeof globalThis).IntersectionObserver;
  const io = IO ? new IO(onVisible) : null;
  let candidates = '';
  /** The message areas' selector, for the adapter it was made for. */
  let areasOf: SiteAdapter | null | undefined;
  let areasMemo = '';
  let lastAreas = '';

  /** The adapter's message areas as one selector ('' when the site has none). */
  function areasSelector(): string {
    const adapter = env.adapter();
    if (adapter !== areasOf) {
      areasOf = adapter;
      areasMemo = adapter ? joinSelectors(adapter.messageAreas, doc) : '';
    }
    return areasMemo;
  }

  /**
   * One selector for the anchors worth a look: an address that is not a
   * fragment or a path of the page's own site. Kept free of ancestor parts
   * (the message areas are tested with closest() on the few anchors found):
   * cheap for the browser to reject on every added subtree.
   */
  function candidateSelector(): string {
    if (candidates) return candidates;
    const origin = cssString(win.location.origin);
    const own = origin && origin !== 'null' ? `:not([href^="${origin}/"])` : '';
    const sel = `a[href]:not([href^="#"]):not([href^="/"]:not([href^="//"]))${own}`;
    candidates = selectorParses(doc, sel) ? sel : 'a[href]';
    return candidates;
  }

  function inArea(a: Element, areas = areasSelector()): boolean {
    if (!areas) return false;
    try {
      return a.closest(areas) !== null;
    } catch {
      return false;
    }
  }

  function ensureStyle(): void {
    if (doc.getElementById(STYLE_ID)) return;
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = LINK_CSS;
    (doc.head ?? doc.documentElement).appendChild(style);
  }

  /** The link configuration with the engine's defaults; judged links are forgotten when it changes. */
  function currentConfig(): LinkConfig {
    const from = env.engineConfig();
    if (from !== configFrom) {
      configFrom = from;
      const c = resolveEngineConfig(from).config;
      linkConfig = { officialDomains: c.officialDomains, organizationNames: c.organizationNames };
      officialDomains = new Set(c.officialDomains.map(plainDomain).filter((d) => d.length > 0));
      cache.clear();
    }
    return linkConfig;
  }

  /**
   * The cheap part, no engine: the address to judge, or null when the anchor
   * needs no judging (in a compose box, not http(s), the page's own site, an
   * official or well-known safe domain).
   */
  function targetToJudge(a: Element): string | null {
    const href = (a as HTMLAnchorElement).href;
    if (typeof href !== 'string' || !href) return null;
    currentConfig();
    // Most links are written plainly to a host that is not a wrapper: settled from the host alone, no URL parsing.
    const host = plainHostOf(href);
    let target: string | null = href;
    if (host && !WRAPPER_HOSTS.has(host)) {
      if (isSafeHost(host, pageHost, officialDomains)) return null;
    } else {
      target = targetOf(href, a.textContent ?? '');
      if (!target || isKnownSafe(target, pageHost, officialDomains)) return null;
    }
    if (a.closest('[contenteditable="true"], [contenteditable=""], textarea')) return null; // the user's own box
    return target;
  }

  /** Looks at an anchor once: settled at once when safe, else judged now (judgeAll) or when it becomes visible. */
  function look(a: Element, judgeAll: boolean): void {
    if (seen.has(a)) return;
    seen.add(a);
    const target = targetToJudge(a);
    if (!target) return;
    targets.set(a, target);
    if (judgeAll || !io) judge(a);
    else io.observe(a);
  }

  /** The engine's verdict; null when not suspicious or the engine is not loaded. */
  function judge(a: Element): LinkVerdict | null {
    const target = targets.get(a);
    if (!target) return null;
    const assess = env.assessor();
    if (!assess) return null;
    judged.add(a);
    targets.delete(a);
    const config = currentConfig();
    const host = hostOf(target);
    if (host === '' || host === pageHost) return null;
    let result = cache.get(target);
    if (result === undefined) {
      result = assess(target, config);
      if (cache.size >= CACHE_MAX) cache.clear();
      cache.set(target, result);
    }
    // A link suspicious by its address is marked now; whether the words around it lure too is asked only when it
    // is clicked (withLure). An unknown link that is not suspicious by its address is marked when the words lure.
    let out: LinkVerdict | null = result ? { host: result.host, reasons: [...result.reasons], imitates: result.imitates, extension: result.extension } : null;
    if (!out && lureAround(a, target)) out = { host, reasons: ['lure'] };
    if (out) mark(a, out);
    return out;
  }

  /** True when the words around the anchor (or its text) lure the reader to log in or confirm (lure.ts); false without the engine. */
  function lureAround(a: Element, link: string): boolean {
    const analyze = env.analyzer?.() ?? null;
    if (!analyze) return false;
    try {
      return isLure(analyze, messageAround(a, areasSelector()), link, env.engineConfig());
    } catch {
      return false;
    }
  }

  /** A marked link's verdict with the lure reason added when the words around it lure too (asked once, at the first click). */
  function withLure(a: Element, verdict: LinkVerdict): LinkVerdict {
    if (lureAsked.has(a) || verdict.reasons.includes('lure')) return verdict;
    lureAsked.add(a);
    if (lureAround(a, NEUTRAL_LINK)) verdict.reasons.push('lure');
    return verdict;
  }

  function hostOf(url: string): string {
    const plain = plainHostOf(url);
    if (plain) return plain;
    try {
      return new URL(url).hostname.toLowerCase();
    } catch {
      return '';
    }
  }

  function mark(a: Element, verdict: LinkVerdict): void {
    suspicious.set(a, verdict);
    ensureStyle();
    if (a.getAttribute(LINK_ATTR) !== 'suspicious') {
      a.setAttribute(LINK_ATTR, 'suspicious');
      if (!a.hasAttribute('aria-description')) a.setAttribute('aria-description', pick(LINK_PROMPT_TEXT.marker, env.lang()));
    }
  }

  function onVisible(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (entry.isIntersecting) visible.add(entry.target);
      else visible.delete(entry.target);
    }
    if (visible.size > 0) scheduleJudge();
  }

  /**
   * Judges the anchors in view, newest first, for at most JUDGE_SLICE_MS; the
   * rest wait for the next slice (or for being in view again, when they were
   * scrolled past). The engine is loaded the first time a link needs it.
   */
  function judgeSlice(): void {
    judgeTimer = 0;
    lastJudge = Date.now();
    if (abort.signal.aborted) return;
    if (!env.assessor()) {
      if (!engineWait) {
        engineWait = env.loadEngine().catch(() => undefined).then(() => {
          engineWait = null;
          if (env.assessor() && visible.size > 0) scheduleJudge();
        });
      }
      return;
    }
    const t0 = win.performance.now();
    const queue = [...visible].reverse();
    for (const a of queue) {
      visible.delete(a);
      io?.unobserve(a);
      if (!judged.has(a) && a.isConnected) judge(a);
      if (win.performance.now() - t0 > JUDGE_SLICE_MS) break;
    }
    if (visible.size > 0) scheduleJudge();
  }

  function scheduleJudge(): void {
    if (judgeTimer || abort.signal.aborted) return;
    const wait = Math.max(0, JUDGE_INTERVAL_MS - (Date.now() - lastJudge));
    judgeTimer = win.setTimeout(() => {
      const ric = (win as Window & { requestIdleCallback?: RIC }).requestIdleCallback;
      if (ric) ric.call(win, judgeSlice, { timeout: 500 });
      else judgeSlice();
    }, wait);
  }

  /** Every anchor of the page's message areas (at start and after a settings change). */
  function scan(judgeAll = false): void {
    if (abort.signal.aborted) return;
    const areas = areasSelector();
    lastAreas = areas;
    if (!areas) return;
    for (const a of doc.querySelectorAll(candidateSelector())) if (!seen.has(a) && inArea(a, areas)) look(a, judgeAll);
  }

  /** Anchors in the page's added subtrees (page-mutations.ts), then only those inside a message area. */
  const interest: PageInterest = {
    selector() {
      if (abort.signal.aborted) return '';
      const areas = areasSelector();
      if (areas !== lastAreas) scan();
      return areas ? candidateSelector() : '';
    },
    found(elements) {
      const areas = areasSelector();
      if (!areas) return;
      for (const a of elements) if (!seen.has(a) && inArea(a, areas)) look(a, false);
    },
  };

  function anchorFromPath(path: readonly EventTarget[]): Element | null {
    for (const t of path) {
      const el = t as Element;
      if (!el || typeof el.tagName !== 'string') break;
      if (el.tagName.toLowerCase() === DIALOG_TAG) return null;
      if (el.tagName === 'A' && el.hasAttribute('href')) return el;
    }
    return null;
  }

  function reasonsText(v: LinkVerdict, lang: Lang): string[] {
    return v.reasons.map((r) => fill(pick(LINK_REASON_TEXT[r], lang), { imitates: v.imitates ?? '', extension: v.extension ? `.${v.extension}` : '' }));
  }

  /** The verdict for an anchor that was clicked: known, or judged now when it is in a message area (clicked before it was judged). */
  function verdictFor(a: Element): LinkVerdict | null {
    const known = suspicious.get(a);
    if (known) return known;
    if (judged.has(a) || !env.assessor()) return null;
    if (!seen.has(a)) {
      if (!inArea(a)) return null;
      seen.add(a);
      const target = targetToJudge(a);
      if (!target) return null;
      targets.set(a, target);
    }
    if (!targets.has(a)) return null;
    visible.delete(a);
    io?.unobserve(a);
    return judge(a);
  }

  /**
   * A click (also Ctrl/Cmd/Shift-click, and Enter on the focused link, which
   * the browser turns into a click) or a middle click (auxclick, button 1) on
   * a suspicious link: stopped in the capture phase, the prompt shown.
   */
  function onActivate(e: MouseEvent): void {
    if (bypass) return; // our own re-dispatch after "Opne likevel"
    if (e.type === 'auxclick' && e.button !== 1) return;
    const a = anchorFromPath(e.composedPath());
    if (!a) return;
    let found: LinkVerdict | null = null;
    try {
      found = verdictFor(a);
    } catch {
      found = null;
    }
    if (!found) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    found = withLure(a, found);
    prompt(a, found, { button: e.button, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, altKey: e.altKey });
  }

  /** A middle button press on a suspicious link: no autoscroll, so that the auxclick comes as a plain click would. */
  function onMouseDown(e: MouseEvent): void {
    if (e.button !== 1 || bypass) return;
    const a = anchorFromPath(e.composedPath());
    if (a && suspicious.has(a)) e.preventDefault();
  }

  function prompt(a: Element, found: LinkVerdict, init: MouseEventInit): void {
    dialog?.close();
    const host = new ModalHost(doc, 'link-prompt');
    dialog = host;
    const lang = env.lang();
    const model: LinkPromptModel = { lang, host: found.host, reasons: reasonsText(found, lang) };
    const done = () => {
      host.close(a);
      if (dialog === host) dialog = null;
    };
    const openAnyway = () => {
      done();
      const ME = (win as Window & typeof globalThis).MouseEvent;
      bypass = a;
      try {
        // The click again, once, past this guard; after a middle click (auxclick) a click with the middle button,
        // which the browser opens in a new tab as the user asked (a synthetic auxclick opens nothing).
        a.dispatchEvent(new ME('click', { ...init, bubbles: true, cancelable: true, composed: true, view: win }));
      } finally {
        bypass = null;
      }
    };
    host.show(h(LinkPrompt, { model, actions: { onOpen: openAnyway, onCancel: done } }));
  }

  const ownObserver = env.watchAdded ? null : watchPageMutations(win);
  const unsubscribe = env.watchAdded ? env.watchAdded(interest) : ownObserver!.add(interest);
  const listen = { capture: true, signal: abort.signal };
  win.addEventListener('click', onActivate, listen);
  win.addEventListener('auxclick', onActivate, listen);
  win.addEventListener('mousedown', onMouseDown, listen);
  scan();

  return {
    stop() {
      abort.abort();
      unsubscribe();
      ownObserver?.stop();
      io?.disconnect();
      if (judgeTimer) win.clearTimeout(judgeTimer);
      visible.clear();
      dialog?.close();
      dialog = null;
    },
    scanNow: (judgeAll = false) => {
      if (judgeAll) {
        // Tests: judge every anchor now, also those looked at before.
        const areas = areasSelector();
        lastAreas = areas;
        if (!areas) return;
        for (const a of doc.querySelectorAll('a[href]')) {
          if (judged.has(a) || !inArea(a, areas)) continue;
          if (!seen.has(a)) look(a, true);
          else if (targets.has(a)) judge(a);
        }
        return;
      }
      scan();
    },
  };
}
