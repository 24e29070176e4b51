/** A guideline pack: the organisation's guidelines, numbered, in three languages. */
import type { Localized } from '../engine/types';

export interface Guideline {
  /** Stable number, 1-based: G1..G12 for Ulvik. */
  id: number;
  title: Localized;
  /** Full text. For Ulvik, nn is verbatim from the source; nb and en are translations. */
  text: Localized;
  /** 'check' when rules look for breaches; 'reminder' for checklist items with at most info reminders. */
  kind: 'check' | 'reminder';
}

export interface GuidelinePack {
  id: string;
  organization: string;
  source: Localized;
  guidelines: Guideline[];
}
