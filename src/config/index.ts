/**
 * The settings API for the content script, background, popup and options page:
 * defaults ← user settings (storage.sync) ← managed policy (storage.managed,
 * wins and locks). Nothing here throws.
 */
import { browser } from 'wxt/browser';
import { createSettingsStore, type StorageLike } from './store';
import type { Settings } from './types';
import type { LoadedSettings } from './merge';

function browserStorage(): StorageLike | undefined {
  try {
    return (browser as unknown as { storage?: StorageLike }).storage;
  } catch {
    return undefined;
  }
}

const store = createSettingsStore(browserStorage);

export function loadSettings(): Promise<LoadedSettings> {
  return store.loadSettings();
}

export function watchSettings(cb: (s: LoadedSettings) => void): () => void {
  return store.watchSettings(cb);
}

export function saveUserSettings(patch: Partial<Settings>): Promise<{ errors: string[] }> {
  return store.saveUserSettings(patch);
}

export { DEFAULT_SETTINGS, SETTING_KEYS, SWITCH_OFF_KEYS } from './defaults';
export { toEngineConfig, organizationNames } from './engine-config';
export { packRules } from './pack-rules';
export { resolveLanguage } from './language';
export { mergeLayers } from './merge';
export { validateLayer } from './validate';
export { validatePackInput } from './pack-input';
export type { LoadedSettings } from './merge';
export type { CrisisSettings, SendGuard, Settings, SettingKey, SiteSettings, UiLanguage } from './types';
