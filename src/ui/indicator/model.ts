/** What the in-page indicator shows: prepared by the content script, no engine or DOM logic here. */
import type { Lang, Severity } from '../../engine/types';

export interface PanelFinding {
  /** Stable key for "ignore for this post" (rule and matched text). */
  key: string;
  guideline: number;
  guidelineTitle: string;
  severity: Severity;
  /** Masked, one-line excerpt. */
  excerpt: string;
  message: string;
  suggestion?: string;
  /** The guideline's full text, shown in the panel when no guidelines URL is configured. */
  guidelineText: string;
}

export interface IndicatorModel {
  lang: Lang;
  findings: PanelFinding[];
  ignoredCount: number;
  /** Highest severity among the shown findings, or null. */
  severity: Severity | null;
  official: boolean;
  /** The official-context switch is set by policy and cannot be changed. */
  officialLocked: boolean;
  guidelinesUrl: string;
  /** Open the panel below the badge (box near the top of the window). */
  below?: boolean;
  /** Text for the aria-live region; changes when a new high finding appears. */
  announcement: string;
  /**
   * Crisis mode from the organisation (settings.crisis): the banner text shown
   * by every watched box, saying that management informs the public; null when off.
   */
  crisis: string | null;
}

export interface IndicatorActions {
  onIgnore(key: string): void;
  onOfficialChange(official: boolean): void;
  onOpenChange?(open: boolean): void;
}
