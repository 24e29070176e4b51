/**
 * The settings model: defaults ← user settings (storage.sync) ← managed policy
 * (storage.managed; wins and locks). One shape for all three layers.
 */
import type { Context } from '../engine/types';

export type UiLanguage = 'nn' | 'nb' | 'en';
export type SendGuard = 'off' | 'confirm' | 'block-high';

export interface SiteSettings {
  /** Extra sites to watch with the generic adapter: host names ("intranett.ulvik.kommune.no"). */
  add: string[];
  /** Built-in site ids or host names to skip ("facebook", "x.com"). */
  skip: string[];
}

export interface CrisisSettings {
  active: boolean;
  message: string;
}

export interface Settings {
  organization: string;
  guidelinesUrl: string;
  contact: string;
  /** UI language; 'auto' follows the browser (nn/nb), else nn. */
  language: UiLanguage | 'auto';
  disabledGuidelines: number[];
  disabledRules: string[];
  colleagueNames: string[];
  officialDomains: string[];
  officialAccounts: string[];
  /** Extra terms per guideline number ("4": ["..."]). */
  extraTerms: Record<string, string[]>;
  sites: SiteSettings;
  /** Default context for a compose box; per-site overrides in contextBySite. */
  defaultContext: Context;
  contextBySite: Record<string, Context>;
  crisis: CrisisSettings;
  /** Users cannot turn checks or sites off. */
  lockSettings: boolean;
  /** A guideline pack (format varsam-pack/1, see src/packs and docs/deploy.md): JSON text or object from policy
   * or the options page; after loadSettings() a validated Pack. null: the default pack. */
  guidelinePack: unknown | null;
  sendGuard: SendGuard;
}

export type SettingKey = keyof Settings;
