/** Core types of the rule engine. Pure data: no DOM, no browser API. */
import type { Rule } from './rule';

export type Lang = 'nn' | 'nb' | 'en';
export const LANGS: readonly Lang[] = ['nn', 'nb', 'en'];

export type Severity = 'info' | 'warning' | 'high';
export type Context = 'private' | 'official';

/** A user-facing string in the three languages. */
export type Localized = Record<Lang, string>;

export interface Finding {
  /** Guideline number 1–12 (or the pack's guideline number). */
  guideline: number;
  /** Rule id, e.g. "g2-national-id". */
  rule: string;
  severity: Severity;
  /** UTF-16 offsets into the original input text, start <= end. */
  start: number;
  end: number;
  messageId: string;
  message: Localized;
  suggestion?: Localized;
}

/** Attachments in the composer (counts only; the engine never sees the media). */
export interface Attachments {
  images: number;
  videos: number;
}

/**
 * What the engine accepts from configuration. Produced from the settings model
 * (src/config) or given directly; validated by validateEngineConfig().
 */
export interface EngineConfig {
  disabledGuidelines: number[];
  disabledRules: string[];
  /** Names of colleagues (G4), matched whole-word, case-insensitive. */
  colleagueNames: string[];
  /** Domains of the organisation's official sites and accounts (G6, G12). */
  officialDomains: string[];
  /** Official social-media account handles (G6). */
  officialAccounts: string[];
  /** Extra terms per guideline number: a term anywhere raises a warning for that guideline. */
  extraTerms: Record<string, string[]>;
  /** Names of the organisation, used for look-alike domain checks ("ulvik"). */
  organizationNames: string[];
  /** Crisis mode: G3 emergency findings become high. */
  crisisActive: boolean;
}

export interface AnalyzeOptions {
  context?: Context;
  config?: Partial<EngineConfig>;
  attachments?: Partial<Attachments>;
  /**
   * Rules to run instead of the built-in set, e.g. a guideline pack compiled by
   * src/packs (compilePack). Absent: the built-in rules (the default pack).
   */
  rules?: readonly Rule[];
}
