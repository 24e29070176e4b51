/**
 * One watched compose box: reads its text, runs the engine, and shows the
 * result in its indicator and as highlights. Never writes to the box.
 */
import { severityRank } from '../engine/severity';
import { pick } from '../engine/messages';
import type { Attachments, Context, EngineConfig, Finding, Lang, Severity } from '../engine/types';
import { fill } from '../engine/messages';
import type { GuidelinePack } from '../guidelines/types';
import { INDICATOR_TEXT } from '../i18n/indicator';
import type { EditorKind, SiteAdapter } from '../sites/types';
import type { IndicatorModel, PanelFinding } from '../ui/indicator/model';
import { countAttachments } from './attachments';
import { engineNow, loadEngine } from './engine-client';
import { panelExcerpt } from './excerpt';
import { HighlightSet, ensureHighlightStyle } from './highlights';
import { IndicatorHost } from './indicator-host';
import { readText, rangeFor, type ReadText } from './read-text';

/** What every box shares: settings-derived values and callbacks to the app. */
export interface BoxShared {
  lang: Lang;
  engineConfig: Partial<EngineConfig>;
  pack: GuidelinePack;
  /** The configured guideline pack as given (JSON), compiled by the engine; null for the default. */
  packInput: unknown;
  crisis: string | null;
  guidelinesUrl: string;
  officialLocked: boolean;
  highlights: HighlightSet;
  onOfficialChange(box: WatchedBox, official: boolean): void;
  onResult(box: WatchedBox): void;
}

export class WatchedBox {
  readonly host: IndicatorHost;
  context: Context;
  /** Findings shown (not ignored). */
  shown: Finding[] = [];
  private read: ReadText = { text: '', segments: [] };
  private lastKey: string | null = null;
  private all: Finding[] = [];
  private readonly ignored = new Set<string>();
  private highGuidelines = new Set<number>();
  private announcement = '';
  private readonly observer: MutationObserver | null;

  constructor(
    readonly el: Element,
    readonly editor: EditorKind,
    readonly adapter: SiteAdapter,
    context: Context,
    private readonly shared: () => BoxShared,
    onChange: () => void,
  ) {
    this.context = context;
    const doc = el.ownerDocument;
    this.host = new IndicatorHost(doc);
    // Lexical and others may change the DOM without an input event.
    const MO = doc.defaultView?.MutationObserver;
    this.observer = editor === 'textarea' || !MO ? null : new MO(onChange);
    this.observer?.observe(el, { childList: true, characterData: true, subtree: true });
    if (editor !== 'textarea') {
      const root = el.getRootNode();
      if (root && (root as ShadowRoot).host) ensureHighlightStyle(root as ShadowRoot);
      ensureHighlightStyle(doc);
    }
  }

  get text(): string {
    return this.read.text;
  }

  /** Reads the box and re-analyses when the text, attachments, context or settings changed. */
  update(force = false): void {
    const read = readText(this.el);
    const attachments: Attachments = countAttachments(this.el, this.adapter);
    const key = `${this.context}|${attachments.images}|${attachments.videos}|${read.text}`;
    this.read = read;
    if (!force && key === this.lastKey) {
      this.refreshHighlights();
      return;
    }
    const empty = read.text.length === 0 && attachments.images === 0 && attachments.videos === 0;
    const engine = empty ? null : engineNow();
    if (!empty && !engine) {
      // The engine is injected on first use; analyse when it is there.
      void loadEngine().then((api) => {
        if (api) this.update(true);
      });
      return;
    }
    this.lastKey = key;
    if (read.text.trim().length === 0) this.ignored.clear();
    const s = this.shared();
    this.all = !engine ? [] : engine.analyze(read.text, { context: this.context, config: s.engineConfig, attachments, pack: s.packInput });
    this.shown = this.all.filter((f) => !this.ignored.has(this.ignoreKey(f)));
    this.show();
    s.onResult(this);
  }

  private ignoreKey(f: Finding): string {
    return `${f.rule}:${this.read.text.slice(f.start, f.end).toLowerCase()}`;
  }

  /** Guidelines with a warning or high finding, ascending. */
  guidelines(): number[] {
    const set = new Set<number>();
    for (const f of this.shown) if (f.severity !== 'info') set.add(f.guideline);
    return [...set].sort((a, b) => a - b);
  }

  highest(): Severity | null {
    let best: Severity | null = null;
    for (const f of this.shown) if (!best || severityRank(f.severity) > severityRank(best)) best = f.severity;
    return best;
  }

  private show(): void {
    const s = this.shared();
    const guidelines = this.guidelines();
    const severity = this.highest();
    this.host.setAttributes(guidelines, severity);
    // Announce a new high finding once (aria-live).
    const high = new Set<number>();
    for (const f of this.shown) if (f.severity === 'high') high.add(f.guideline);
    const fresh = [...high].filter((g) => !this.highGuidelines.has(g)).sort((a, b) => a - b);
    if (fresh.length > 0) this.announcement = fill(INDICATOR_TEXT.announceHigh[s.lang], { guidelines: fresh.join(', ') });
    else if (high.size === 0) this.announcement = '';
    this.highGuidelines = high;
    this.render();
    this.refreshHighlights();
    this.place();
  }

  render(): void {
    const s = this.shared();
    const findings: PanelFinding[] = this.shown.map((f) => {
      const g = s.pack.guidelines.find((x) => x.id === f.guideline);
      return {
        key: this.ignoreKey(f),
        guideline: f.guideline,
        guidelineTitle: g ? pick(g.title, s.lang) : '',
        guidelineText: g ? pick(g.text, s.lang) : '',
        severity: f.severity,
        excerpt: panelExcerpt(this.read.text, f.start, f.end),
        message: pick(f.message, s.lang),
        ...(f.suggestion ? { suggestion: pick(f.suggestion, s.lang) } : {}),
      };
    });
    const model: IndicatorModel = {
      lang: s.lang,
      findings,
      ignoredCount: this.all.length - this.shown.length,
      severity: this.highest(),
      official: this.context === 'official',
      officialLocked: s.officialLocked,
      guidelinesUrl: s.guidelinesUrl,
      announcement: this.announcement,
      crisis: s.crisis,
    };
    this.host.render(model, {
      onIgnore: (key) => {
        this.ignored.add(key);
        this.update(true);
      },
      onOfficialChange: (official) => s.onOfficialChange(this, official),
    });
  }

  private refreshHighlights(): void {
    const s = this.shared();
    if (this.editor === 'textarea') return;
    const doc = this.el.ownerDocument;
    const ranges: { severity: Severity; range: Range }[] = [];
    for (const f of this.shown) {
      const range = rangeFor(this.read, f.start, f.end, doc);
      if (range) ranges.push({ severity: f.severity, range });
    }
    s.highlights.set(this, ranges);
  }

  private placeFrame = 0;

  /** Positions the badge in the next animation frame (reading the box's rectangle there costs no extra layout). */
  place(): void {
    if (this.placeFrame) return;
    const win = this.el.ownerDocument.defaultView;
    if (!win) return;
    this.placeFrame = win.requestAnimationFrame(() => {
      this.placeFrame = 0;
      if (this.el.isConnected) this.host.place(this.el);
    });
  }

  setContext(context: Context): void {
    if (context === this.context) return;
    this.context = context;
    this.update(true);
  }

  dispose(): void {
    if (this.placeFrame) this.el.ownerDocument.defaultView?.cancelAnimationFrame(this.placeFrame);
    this.observer?.disconnect();
    this.shared().highlights.delete(this);
    this.host.remove();
  }
}
