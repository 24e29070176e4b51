/**
 * What the popup and the options page need from the browser and the settings
 * model, as one injectable object: the entry points pass the real ones
 * (browser-services.ts), component tests pass in-memory fakes.
 */
import type { LoadedSettings } from '../config';
import type { Settings } from '../config/types';
import type { Rule } from '../engine/rule';
import type { AnalyzeOptions, EngineConfig, Finding, Lang } from '../engine/types';
import type { TabSummary } from '../messaging/types';

export interface SettingsService {
  /** Never rejects: errors come back in LoadedSettings.errors. */
  load(): Promise<LoadedSettings>;
  /** Calls back on every change to user or policy settings; returns an unsubscribe function. */
  watch(cb: (loaded: LoadedSettings) => void): () => void;
  /** Saves a patch of user settings; locked keys are refused with an error. */
  save(patch: Partial<Settings>): Promise<{ errors: string[] }>;
  toEngineConfig(settings: Settings): Partial<EngineConfig>;
  /** Compiled rules of a custom guideline pack, or undefined for the built-in rules. */
  packRules(settings: Settings): readonly Rule[] | undefined;
  resolveLanguage(settings: Settings): Lang;
}

export interface TabService {
  /** The summary of the active tab, or null when the tab is not a watched site (or cannot be read). */
  activeSummary(): Promise<TabSummary | null>;
  /** Calls back when the active tab's summary changes; returns an unsubscribe function. */
  watch?(cb: (summary: TabSummary | null) => void): () => void;
}

export interface PopupServices {
  settings: SettingsService;
  tab: TabService;
  analyze(text: string, options: AnalyzeOptions): Finding[];
  openOptions(): void;
}

/** Optional host permissions for extra sites (origins are match patterns). */
export interface PermissionService {
  contains(origins: string[]): Promise<boolean>;
  /** Must be called inside a user gesture (a click). */
  request(origins: string[]): Promise<boolean>;
  remove(origins: string[]): Promise<boolean>;
}

export interface OptionsServices {
  settings: SettingsService;
  permissions?: PermissionService;
  /** Parses and validates a guideline pack file's text. */
  validatePack(text: string): { pack: unknown | null; errors: string[] };
}
