/** What the send-guard dialog shows: prepared by the content script, no engine or DOM logic here. */
import type { Lang } from '../../engine/types';

export interface GuardFinding {
  guideline: number;
  guidelineTitle: string;
  severity: 'high' | 'warning';
  /** Masked, one-line excerpt. */
  excerpt: string;
  message: string;
}

export interface GuardModel {
  lang: Lang;
  findings: GuardFinding[];
  /** More findings than shown. */
  more: number;
  /** "Publiser likevel" is offered (false under sendGuard block-high with a high finding). */
  allowPost: boolean;
}

export interface GuardActions {
  onEdit(): void;
  onPostAnyway(): void;
}
