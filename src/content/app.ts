/**
 * The content script's controller: finds compose boxes (at start, on focus,
 * on input, after DOM changes), schedules debounced analysis off the typing
 * path, and reports a per-tab summary. Knows sites and the indicator, not the
 * rules. Everything is removed again through stop().
 */
import type { Context, EngineConfig, Lang } from '../engine/types';
import type { GuidelinePack } from '../guidelines/types';
import type { TabSummary } from '../messaging/types';
import { adapterForHost, generic } from '../sites/index';
import type { SiteAdapter, SiteChoice } from '../sites/index';
import type { SendGuard } from '../config/types';
import { WatchedBox, type BoxShared } from './box';
import { startSendGuard } from './guard/send-guard';
import { engineNow, loadEngine } from './engine-client';
import { startLinkWatch, type LinkWatchHandle } from './links/link-watch';
import { combinedSelector, editableFromPath, editorKindOf, isEditableRoot } from './editable';
import { HighlightSet } from './highlights';
import { watchPageMutations, type PageInterest } from './page-mutations';
import { buildSummary, sameSummary } from './summary';

/** Settings as the content script needs them (derived from LoadedSettings by the entry point). */
export interface ContentSettings {
  sites: SiteChoice;
  lang: Lang;
  engineConfig: Partial<EngineConfig>;
  pack: GuidelinePack;
  /** The configured guideline pack as given, for the engine to compile; null for the default. */
  packInput: unknown;
  /** Crisis banner text when the organisation has turned crisis mode on; null otherwise. */
  crisis: string | null;
  guidelinesUrl: string;
  /** Default context for this site: contextBySite, else defaultContext. */
  defaultContext: Context;
  /** Policy fixed the context for this site: the user switch is disabled. */
  contextLocked: boolean;
  /** The send guard (issue 6); confirm when absent. */
  sendGuard?: SendGuard;
}

export interface ContentEnv {
  settings: ContentSettings;
  /** Calls back with new settings; returns an unsubscribe function. */
  watchSettings(cb: (s: ContentSettings) => void): () => void;
  /** The context the user chose last on this site (storage.local), if any. */
  getSiteContext(siteId: string): Promise<Context | undefined>;
  setSiteContext(siteId: string, context: Context): Promise<void>;
  sendSummary(summary: TabSummary): void;
}

/** Debounce after the last input event; with the idle callback's timeout this keeps warnings within 300 ms. */
export const DEBOUNCE_MS = 80;
const IDLE_TIMEOUT_MS = 40;
/** During continuous typing, analyse at least this often. */
const MAX_WAIT_MS = 1000;
const SUMMARY_DELAY_MS = 150;

const INPUT_EVENTS = ['input', 'beforeinput', 'compositionend', 'paste', 'cut', 'drop'] as const;

export interface ContentApp {
  stop(): void;
  /** For tests: the watched boxes. */
  boxes(): readonly WatchedBox[];
}

export function startContent(win: Window, env: ContentEnv): ContentApp {
  const doc = win.document;
  const host = win.location.hostname;
  let settings = env.settings;
  let adapter: SiteAdapter | null = adapterForHost(host, settings.sites);
  let siteContext: Context = settings.defaultContext;
  let userContext: Context | undefined;
  const boxes = new Map<Element, WatchedBox>();
  /** Boxes with an analysis due: one timer each, re-armed only when it fires too early (cheap per keystroke). */
  const pending = new Map<WatchedBox, { timer: number; first: number; last: number }>();
  const highlights = new HighlightSet(win);
  const abort = new AbortController();
  const signal = abort.signal;
  let lastSummary: TabSummary | null = null;
  /** The address the last summary was sent for: after a client-side navigation it is sent again. */
  let summaryHref = win.location.href;
  let summaryTimer = 0;
  let tick = 0;
  let links: LinkWatchHandle | null = null;

  const shared = (): BoxShared => ({
    lang: settings.lang,
    engineConfig: settings.engineConfig,
    pack: settings.pack,
    packInput: settings.packInput,
    crisis: settings.crisis,
    guidelinesUrl: settings.guidelinesUrl,
    officialLocked: settings.contextLocked,
    highlights,
    onOfficialChange(box, official) {
      const ctx: Context = official ? 'official' : 'private';
      userContext = ctx;
      siteContext = ctx;
      box.setContext(ctx);
      if (adapter) void env.setSiteContext(adapter.id, ctx).catch(() => undefined);
    },
    onResult() {
      scheduleSummary();
    },
  });
  let sharedValue = shared();
  const getShared = () => sharedValue;

  const effectiveContext = (): Context => (settings.contextLocked ? settings.defaultContext : userContext ?? settings.defaultContext);

  if (adapter) {
    const id = adapter.id;
    void env.getSiteContext(id).then((ctx) => {
      if (!ctx || signal.aborted) return;
      userContext = ctx;
      siteContext = effectiveContext();
      for (const b of boxes.values()) b.setContext(siteContext);
    }).catch(() => undefined);
  }

  function watch(el: Element): WatchedBox | null {
    if (!adapter || signal.aborted) return null;
    const existing = boxes.get(el);
    if (existing) return existing;
    if (!isEditableRoot(el)) return null;
    const editor = editorKindOf(el, adapter === generic ? [generic] : [adapter, generic]);
    let box: WatchedBox | null = null;
    box = new WatchedBox(el, editor, adapter, siteContext, getShared, () => box && schedule(box));
    boxes.set(el, box);
    ensureTick();
    return box;
  }

  function unwatch(box: WatchedBox): void {
    const p = pending.get(box);
    if (p) {
      win.clearTimeout(p.timer);
      pending.delete(box);
    }
    boxes.delete(box.el);
    box.dispose();
    scheduleSummary();
  }

  function run(box: WatchedBox): void {
    pending.delete(box);
    if (signal.aborted || !boxes.has(box.el)) return;
    if (!box.el.isConnected) return unwatch(box);
    try {
      box.update();
    } catch {
      // Never throw in the page.
    }
  }

  /**
   * Debounced analysis: DEBOUNCE_MS after the last change (at least every
   * MAX_WAIT_MS while typing goes on), then in an idle callback with a short
   * timeout. A keystroke only stores its time; the timer is not reset.
   */
  function schedule(box: WatchedBox): void {
    if (signal.aborted) return;
    const now = Date.now();
    const p = pending.get(box);
    if (p) {
      p.last = now;
      return;
    }
    const entry = { timer: 0, first: now, last: now };
    const fire = () => {
      const t = Date.now();
      const quiet = t - entry.last;
      if (quiet < DEBOUNCE_MS && t - entry.first < MAX_WAIT_MS) {
        entry.timer = win.setTimeout(fire, DEBOUNCE_MS - quiet);
        return;
      }
      const ric = (win as Window & { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => number }).requestIdleCallback;
      if (ric) ric.call(win, () => run(box), { timeout: IDLE_TIMEOUT_MS });
      else run(box);
    };
    entry.timer = win.setTimeout(fire, DEBOUNCE_MS);
    pending.set(box, entry);
  }

  function onInputEvent(e: Event): void {
    if (!adapter) return;
    // Fast path: the event's target is a watched box (light DOM editors).
    const known = boxes.get(e.target as Element);
    if (known) return schedule(known);
    const path = typeof e.composedPath === 'function' ? e.composedPath() : [e.target as EventTarget];
    const el = editableFromPath(path);
    if (!el) return;
    const box = watch(el);
    if (box) schedule(box);
  }

  function onFocusIn(e: Event): void {
    if (!adapter) return;
    const path = typeof e.composedPath === 'function' ? e.composedPath() : [e.target as EventTarget];
    const el = editableFromPath(path);
    if (!el) return;
    const box = watch(el);
    if (box) {
      schedule(box);
      box.place();
      preloadEngine();
    }
  }

  /**
   * A watched box got focus: the user is about to write. Ask for the engine now (after the focus event), so that
   * loading it (parsing the word lists) is done before the first words are typed. No text is involved.
   */
  function preloadEngine(): void {
    if (!engineNow()) win.setTimeout(() => void loadEngine(), 0);
  }

  function consider(el: Element): void {
    if (boxes.has(el) || !isEditableRoot(el)) return;
    const hasText = el.tagName === 'TEXTAREA' ? (el as HTMLTextAreaElement).value.length > 0 : (el.textContent ?? '').trim().length > 0;
    if (!hasText) return;
    const box = watch(el);
    if (box) schedule(box);
  }

  /** The adapter's box selectors as one selector ('' when none). */
  function boxSelector(): string {
    return adapter ? combinedSelector(adapter === generic ? generic.boxes : adapter.boxes, doc) : '';
  }

  /**
   * Watches boxes that already hold text (drafts, prefilled replies) or have
   * focus: one native query over the page, at start and when settings change.
   * Later boxes are found from the added subtrees (onAdded) and on focus.
   */
  function scan(): void {
    if (!adapter || signal.aborted) return;
    for (const box of [...boxes.values()]) if (!box.el.isConnected) unwatch(box);
    const selector = boxSelector();
    if (selector) for (const el of doc.querySelectorAll(selector)) consider(el);
    let active: Element | null = doc.activeElement;
    while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
    if (active && active !== doc.body) {
      const el = editableFromPath([active]);
      if (el) {
        const box = watch(el);
        if (box) schedule(box);
      }
    }
  }

  /**
   * DOM changes in the page, batched (page-mutations.ts): boxes in the added
   * subtrees, found with the links' selector in one native query per subtree.
   * Text put into a box that was empty (a draft restored by the site) shows as
   * a changed parent inside the box.
   */
  const boxInterest: PageInterest = {
    selector: () => (adapter && !signal.aborted ? boxSelector() : ''),
    found(elements) {
      for (const el of elements) if (!boxes.has(el)) consider(el);
    },
    changed(parents) {
      const selector = adapter && !signal.aborted ? boxSelector() : '';
      if (!selector) return;
      for (const parent of parents) {
        const box = parent.closest(selector);
        if (box && !boxes.has(box)) consider(box);
      }
    },
  };

  /** Scroll or resize: each box places its badge in the next animation frame (once per frame). */
  function placeAll(): void {
    for (const b of boxes.values()) b.place();
  }


  /** While boxes are watched: notice removed boxes and textareas changed by script (no event), once a second. */
  function ensureTick(): void {
    if (tick) return;
    tick = win.setInterval(() => {
      if (boxes.size === 0) {
        win.clearInterval(tick);
        tick = 0;
        return;
      }
      if (win.location.href !== summaryHref) scheduleSummary();
      for (const box of [...boxes.values()]) {
        if (!box.el.isConnected) unwatch(box);
        else if (box.editor === 'textarea' && (box.el as HTMLTextAreaElement).value !== box.text) schedule(box);
        else box.place();
      }
    }, 1000);
  }

  function scheduleSummary(): void {
    if (summaryTimer || signal.aborted) return;
    summaryTimer = win.setTimeout(() => {
      summaryTimer = 0;
      const summary = buildSummary(adapter ? adapter.id : null, [...boxes.values()], siteContext, Date.now());
      const href = win.location.href;
      if (lastSummary && sameSummary(lastSummary, summary) && href === summaryHref) return;
      lastSummary = summary;
      summaryHref = href;
      try {
        env.sendSummary(summary);
      } catch {
        // The background may be restarting; the next change sends again.
      }
    }, SUMMARY_DELAY_MS);
  }

  function applySettings(next: ContentSettings): void {
    settings = next;
    sharedValue = shared();
    const nextAdapter = adapterForHost(host, settings.sites);
    if (nextAdapter !== adapter) {
      for (const box of [...boxes.values()]) unwatch(box);
      adapter = nextAdapter;
    }
    siteContext = effectiveContext();
    for (const box of boxes.values()) {
      box.context = siteContext;
      box.update(true);
    }
    if (adapter) scan();
    links?.scanNow();
    scheduleSummary();
  }

  const listen = { capture: true, passive: true, signal } as AddEventListenerOptions;
  doc.addEventListener('focusin', onFocusIn, listen);
  for (const type of INPUT_EVENTS) doc.addEventListener(type, onInputEvent, listen);
  win.addEventListener('scroll', placeAll, listen);
  win.addEventListener('resize', placeAll, listen);
  const mutations = watchPageMutations(win);
  mutations.add(boxInterest);
  const unwatchSettings = env.watchSettings((s) => {
    try {
      applySettings(s);
    } catch {
      // keep the old settings
    }
  });
  siteContext = effectiveContext();
  scan();
  const guard = startSendGuard(win, {
    adapter: () => adapter,
    mode: () => settings.sendGuard ?? 'confirm',
    lang: () => settings.lang,
    pack: () => settings.pack,
    boxes: () => [...boxes.values()],
    boxFor: (el) => watch(el),
    engineReady: () => engineNow() !== null,
    loadEngine: () => loadEngine(),
  });
  links = startLinkWatch(win, {
    adapter: () => adapter,
    lang: () => settings.lang,
    engineConfig: () => settings.engineConfig,
    assessor: () => {
      const engine = engineNow();
      return engine ? (url, config) => engine.assessLink(url, config) : null;
    },
    analyzer: () => {
      const engine = engineNow();
      return engine ? (text, config) => engine.analyze(text, { context: 'private', config }) : null;
    },
    loadEngine: () => loadEngine(),
    watchAdded: (interest) => mutations.add(interest),
  });

  return {
    stop() {
      guard.stop();
      links?.stop();
      abort.abort();
      mutations.stop();
      unwatchSettings();
      for (const p of pending.values()) win.clearTimeout(p.timer);
      pending.clear();
      if (summaryTimer) win.clearTimeout(summaryTimer);
      if (tick) win.clearInterval(tick);
      for (const box of [...boxes.values()]) {
        boxes.delete(box.el);
        box.dispose();
      }
    },
    boxes: () => [...boxes.values()],
  };
}
