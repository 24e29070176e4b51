/** Default settings: what an unmanaged install of Varsam uses (Ulvik herad's pack). */
import type { Settings, SettingKey } from './types';

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  /** Empty: the guideline pack's organisation (Ulvik herad for the default pack). */
  organization: '',
  guidelinesUrl: '',
  contact: '',
  language: 'auto',
  disabledGuidelines: [],
  disabledRules: [],
  colleagueNames: [],
  officialDomains: ['ulvik.kommune.no'],
  officialAccounts: ['ulvikherad'],
  extraTerms: {},
  sites: { add: [], skip: [] },
  defaultContext: 'private',
  contextBySite: {},
  crisis: { active: false, message: '' },
  lockSettings: false,
  guidelinePack: null,
  sendGuard: 'confirm',
}) as Settings;

export const SETTING_KEYS: readonly SettingKey[] = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

/**
 * Keys that let a user turn checks or sites off. `lockSettings: true` in a
 * policy locks all of them, even those the policy does not set.
 */
export const SWITCH_OFF_KEYS: readonly SettingKey[] = ['disabledGuidelines', 'disabledRules', 'sites', 'sendGuard', 'guidelinePack', 'lockSettings'];

/** A deep copy of the defaults, safe to change. */
export function defaultSettings(): Settings {
  return structuredCloneSettings(DEFAULT_SETTINGS);
}

export function structuredCloneSettings(s: Settings): Settings {
  return JSON.parse(JSON.stringify(s)) as Settings;
}
