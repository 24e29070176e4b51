/**
 * Links in received content (G12): anchors inside the site's message areas
 * (conversations, comments; never inside a compose box) are judged with the
 * engine's assessLink when they become visible. A suspicious link gets a
 * marker (an attribute on the anchor, styled by one page style sheet; its
 * address and text are never changed), and a click on it first shows why it
 * may be dangerous, with "Opne likevel" and "Avbryt". Safe links are not
 * touched. Cost: DOM changes only start a timer; at most one native query per
 * SCAN_INTERVAL_MS in idle time, each bounded in time, and new anchors are
 * judged only once they intersect the viewport.
 */
import { h } from 'preact';
import { fill, pick } from '../../engine/messages';
import type { LinkAssessment, LinkConfig } from '../../engine/links';
import { resolveEngineConfig } from '../../engine/config';
import type { EngineConfig, Lang } from '../../engine/types';
import { LINK_PROMPT_TEXT, LINK_REASON_TEXT } from '../../i18n/guard';
import type { SiteAdapter } from '../../sites/types';
import { LinkPrompt } from '../../ui/link-prompt/LinkPrompt';
import type { LinkPromptModel } from '../../ui/link-prompt/model';
import { DIALOG_TAG, ModalHost } from '../guard/modal-host';
import { joinSelectors } from '../guard/selectors';
import { targetOf } from './wrappers';

export const LINK_ATTR = 'data-varsam-link';
const STYLE_ID = 'varsam-link-style';
const SCAN_INTERVAL_MS = 1000;
/** Time one scan may take before it yields to the page (the rest follows in the next slice). */
const SLICE_MS = 1;
/** Visible anchors are judged in slices of at most JUDGE_SLICE_MS, at most one slice per JUDGE_INTERVAL_MS. */
const JUDGE_SLICE_MS = 1;
const JUDGE_INTERVAL_MS = 500;
/** How often the scan walks all anchors again, not only those after the last pass. */
const FULL_PASS_MS = 10_000;
const CACHE_MAX = 2000;

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
  /** Asks for the engine once; resolves when it is there (or cannot be had). */
  loadEngine(): Promise<unknown>;
}

export interface LinkWatchHandle {
  stop(): void;
  /** For tests: scan now (synchronously) and judge every anchor found, visible or not. */
  scanNow(judgeAll?: boolean): void;
}

const LINK_CSS = `a[${LINK_ATTR}="suspicious"]{outline:2px dashed #b71c1c !important;outline-offset:2px !important;border-radius:2px}
a[${LINK_ATTR}="suspicious"]::after{content:"\\26A0\\FE0E";color:#b71c1c;font-weight:700;margin-left:3px;text-decoration:none;display:inline-block}`;

type RIC = (cb: () => void, o: { timeout: number }) => number;

export function startLinkWatch(win: Window, env: LinkWatchEnv): LinkWatchHandle {
  const doc = win.document;
  const abort = new AbortController();
  const seen = new WeakSet<Element>();
  const judged = new WeakSet<Element>();
  /** Observed anchors in the viewport now, waiting to be judged. */
  const visible = new Set<Element>();
  let judgeTimer = 0;
  let engineWait: Promise<void> | null = null;
  let lastJudge = 0;
  const suspicious = new WeakMap<Element, LinkAssessment>();
  const cache = new Map<string, LinkAssessment | null>();
  let configFrom: Partial<EngineConfig> | null = null;
  let linkConfig: LinkConfig = {};
  let scanTimer = 0;
  let anchors: HTMLCollectionOf<HTMLAnchorElement> | null = null;
  let resumeAt = 0;
  let lastFullPass = 0;
  let lastScan = 0;
  let dialog: ModalHost | null = null;
  let bypass: Element | null = null;
  const IO = (win as Window & typeof globalThis).IntersectionObserver;
  const io = IO ? new IO(onVisible) : null;

  /** The adapter's message areas as one selector ('' when the site has none). */
  function areasSelector(): string {
    const adapter = env.adapter();
    return adapter ? joinSelectors(adapter.messageAreas, doc) : '';
  }

  function inArea(a: Element): boolean {
    const areas = areasSelector();
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
      cache.clear();
    }
    return linkConfig;
  }

  function judge(a: Element): LinkAssessment | null {
    judged.add(a);
    const href = (a as HTMLAnchorElement).href;
    if (typeof href !== 'string' || !href) return null;
    if (a.closest('[contenteditable="true"], [contenteditable=""], textarea')) return null; // the user's own box
    const target = targetOf(href, a.textContent ?? '');
    if (!target) return null;
    const config = currentConfig();
    let result = cache.get(target);
    if (result === undefined) {
      const assess = env.assessor();
      if (!assess) return null;
      try {
        const u = new URL(target);
        result = u.hostname === win.location.hostname ? null : assess(target, config);
      } catch {
        result = null;
      }
      if (cache.size >= CACHE_MAX) cache.clear();
      cache.set(target, result);
    }
    if (result) {
      suspicious.set(a, result);
      ensureStyle();
      if (a.getAttribute(LINK_ATTR) !== 'suspicious') {
        a.setAttribute(LINK_ATTR, 'suspicious');
        if (!a.hasAttribute('aria-description')) a.setAttribute('aria-description', pick(LINK_PROMPT_TEXT.marker, env.lang()));
      }
    }
    return result;
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
   * scrolled past). This bounds the main-thread time whatever the page does.
   */
  function judgeSlice(): void {
    judgeTimer = 0;
    lastJudge = Date.now();
    if (abort.signal.aborted) return;
    if (!env.assessor()) {
      // Load the engine once, then judge what is in view.
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

  function scan(judgeAll = false): void {
    scanTimer = 0;
    if (abort.signal.aborted) return;
    const areas = areasSelector();
    if (!areas) return;
    const t0 = win.performance.now();
    // All anchors of the page through the browser's live collection; each is looked at once (seen), and only
    // those inside a message area are observed. No page-wide selector query per scan.
    anchors ??= doc.getElementsByTagName('a');
    // New messages mostly come after the ones seen: go on from where the last pass stopped, and walk the whole
    // collection again only every FULL_PASS_MS (anchors inserted before, e.g. older messages loaded above).
    const now = Date.now();
    let from = Math.min(resumeAt, anchors.length);
    if (now - lastFullPass >= FULL_PASS_MS) {
      lastFullPass = now;
      from = 0;
    }
    let count = 0;
    for (let i = from; i < anchors.length; i++) {
      const a = anchors[i];
      if (seen.has(a)) continue;
      seen.add(a);
      if (a.hasAttribute('href') && inArea(a)) {
        if (judgeAll || !io) judge(a);
        else io.observe(a);
      }
      if (!judgeAll && (++count & 15) === 0 && win.performance.now() - t0 > SLICE_MS) {
        resumeAt = i + 1;
        lastScan = Date.now();
        schedule(0);
        return;
      }
    }
    resumeAt = anchors.length;
    lastScan = Date.now();
  }

  function schedule(minWait = SCAN_INTERVAL_MS): void {
    if (scanTimer || abort.signal.aborted) return;
    const wait = Math.max(0, minWait - (Date.now() - lastScan));
    scanTimer = win.setTimeout(() => {
      const ric = (win as Window & { requestIdleCallback?: RIC }).requestIdleCallback;
      if (ric) ric.call(win, () => scan(), { timeout: 500 });
      else scan();
    }, wait);
  }

  /** DOM changes only start a timer, and only on a site with message areas. */
  function onMutation(): void {
    if (!scanTimer && areasSelector()) schedule();
  }

  function anchorFromPath(path: readonly EventTarget[]): Element | null {
    for (const t of path) {
      const el = t as Element;
      if (!el || typeof el.tagName !== 'string') break;
      if (el.tagName.toLowerCase() === DIALOG_TAG) return null;
      if (el.tagName === 'A' && el.hasAttribute('href')) return el;
    }
    return null;
  }

  function reasonsText(a: LinkAssessment, lang: Lang): string[] {
    return a.reasons.map((r) => fill(pick(LINK_REASON_TEXT[r], lang), { imitates: a.imitates ?? '', extension: a.extension ? `.${a.extension}` : '' }));
  }

  function onClick(e: MouseEvent): void {
    if (bypass) return; // our own re-dispatch after "Opne likevel"
    const path = e.composedPath();
    const a = anchorFromPath(path);
    if (!a) return;
    let found = suspicious.get(a) ?? null;
    if (!found && !judged.has(a) && env.assessor()) {
      // Clicked before the scan reached it: judge it now when it is in a message area.
      if (!inArea(a)) return;
      seen.add(a);
      visible.delete(a);
      io?.unobserve(a);
      found = judge(a);
    }
    if (!found) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    prompt(a, found, { button: e.button, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, altKey: e.altKey });
  }

  function prompt(a: Element, found: LinkAssessment, init: MouseEventInit): void {
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
        a.dispatchEvent(new ME('click', { ...init, bubbles: true, cancelable: true, composed: true, view: win }));
      } finally {
        bypass = null;
      }
    };
    host.show(h(LinkPrompt, { model, actions: { onOpen: openAnyway, onCancel: done } }));
  }

  const MO = (win as Window & typeof globalThis).MutationObserver;
  const observer = new MO(onMutation);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  win.addEventListener('click', onClick, { capture: true, signal: abort.signal });
  schedule(0);

  return {
    stop() {
      abort.abort();
      observer.disconnect();
      io?.disconnect();
      if (scanTimer) win.clearTimeout(scanTimer);
      if (judgeTimer) win.clearTimeout(judgeTimer);
      visible.clear();
      dialog?.close();
      dialog = null;
    },
    scanNow: (judgeAll = false) => scan(judgeAll),
  };
}
