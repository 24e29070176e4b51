/**
 * Merging the layers: defaults ← user settings ← policy. Policy values win and
 * lock their keys; `lockSettings: true` also locks every key that could turn a
 * check or a site off, so the user's values for those keys are not used.
 * Pure: no browser API.
 */
import { defaultSettings, SWITCH_OFF_KEYS } from './defaults';
import type { Settings, SettingKey } from './types';
import { validateLayer } from './validate';

export interface LoadedSettings {
  settings: Settings;
  /** Keys set by policy (shown as locked in the UI). */
  locked: Partial<Record<SettingKey, 'policy'>>;
  /** True when any policy value is present. */
  managed: boolean;
  /** Human-readable problems with the policy or the stored settings. */
  errors: string[];
}

export interface RawLayers {
  /** storage.managed contents (or {} when there is no policy). */
  policy: unknown;
  /** The stored user settings object (storage.sync). */
  user: unknown;
  /** A guideline pack the user chose in the options page (storage.local), if any. */
  userPack?: unknown;
  /** Errors from reading storage (e.g. a managed storage failure). */
  readErrors?: string[];
}

export function mergeLayers(raw: RawLayers): LoadedSettings {
  const policy = validateLayer(raw.policy, 'policy');
  const userInput = raw.userPack !== undefined && raw.userPack !== null && isObject(raw.user) ? { ...raw.user, guidelinePack: raw.userPack } : raw.userPack !== undefined && raw.userPack !== null ? { guidelinePack: raw.userPack } : raw.user;
  const user = validateLayer(userInput, 'user');
  const settings = defaultSettings();
  const locked: Partial<Record<SettingKey, 'policy'>> = {};
  for (const key of Object.keys(policy.values) as SettingKey[]) locked[key] = 'policy';
  const lockAll = policy.values.lockSettings === true;
  if (lockAll) for (const key of SWITCH_OFF_KEYS) locked[key] = 'policy';
  const target = settings as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(user.values)) {
    if (!locked[key as SettingKey]) target[key] = value;
  }
  for (const [key, value] of Object.entries(policy.values)) target[key] = value;
  const managed = isObject(raw.policy) && Object.keys(raw.policy).length > 0;
  return { settings, locked, managed, errors: [...(raw.readErrors ?? []), ...policy.errors, ...user.errors] };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
