/**
 * The settings API for the content script, background, popup and options page:
 * defaults ← user settings (storage.sync) ← managed policy (storage.managed,
 * wins and locks). Nothing here throws.
 */
export { loadSettings, saveUserSettings, watchSettings } from './browser-store';
export { DEFAULT_SETTINGS, SETTING_KEYS, SWITCH_OFF_KEYS } from './defaults';
export { toEngineConfig, organizationNames } from './engine-config';
export { packRules } from './pack-rules';
export { resolveLanguage } from './language';
export { mergeLayers } from './merge';
export { validateLayer } from './validate';
export { validatePackInput } from './pack-input';
export type { LoadedSettings } from './merge';
export type { CrisisSettings, SendGuard, Settings, SettingKey, SiteSettings, UiLanguage } from './types';
