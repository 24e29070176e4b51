/**
 * Typed messages between the content script, the background and the popup.
 * No message ever carries the text the user typed: summaries hold counts and
 * guideline numbers only.
 */
import type { Context, Severity } from '../engine/types';

export interface GuidelineSummary {
  /** Number of findings for this guideline (all severities). */
  count: number;
  highest: Severity;
}

/** What the popup and the toolbar badge know about a tab. */
export interface TabSummary {
  /** Site adapter id ("facebook", "x", "generic"), or null when the tab is not a watched site. */
  site: string | null;
  /** Number of compose boxes being watched. */
  boxes: number;
  context: Context;
  /** Findings per guideline number, over all watched boxes of the tab. */
  guidelines: Record<number, GuidelineSummary>;
  updatedAt: number;
}

export type ContentToBackground =
  | { type: 'summary'; summary: TabSummary }
  /** Inject /engine.js into the sender's frame (see engine-api.ts); answers true when it is there. */
  | { type: 'load-engine' };

export type PopupToBackground = { type: 'get-summary'; tabId: number };

export type RuntimeMessage = ContentToBackground | PopupToBackground;

/** Storage key of a tab's summary in storage.session. */
export function summaryKey(tabId: number): string {
  return `summary:${tabId}`;
}
