/**
 * Reading and writing the settings layers through a storage API. The browser
 * binding is in index.ts; tests pass a fake. Never throws: a failing read is
 * reported in `errors` and the defaults are used.
 *
 * Where things live:
 * - storage.managed: the policy (Chrome/Edge: 3rdparty extension policy;
 *   Firefox: policies.json 3rdparty.Extensions). Firefox rejects the read when
 *   no policy exists; that is treated as "no policy".
 * - storage.sync, key "settings": the user's settings (one object).
 * - storage.local, key "userPack": a guideline pack the user chose (packs can
 *   be larger than sync's per-item quota).
 */
import { mergeLayers, type LoadedSettings } from './merge';
import type { Settings } from './types';
import { validateLayer } from './validate';

export const USER_SETTINGS_KEY = 'settings';
export const USER_PACK_KEY = 'userPack';

export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set?(items: Record<string, unknown>): Promise<void>;
  remove?(keys: string | string[]): Promise<void>;
}

export interface StorageLike {
  managed?: StorageAreaLike;
  sync?: StorageAreaLike;
  local?: StorageAreaLike;
  onChanged?: {
    addListener(cb: (changes: Record<string, unknown>, areaName: string) => void): void;
    removeListener(cb: (changes: Record<string, unknown>, areaName: string) => void): void;
  };
}

async function safeGet(area: StorageAreaLike | undefined, keys: string | null, what: string, errors: string[], quiet = false): Promise<Record<string, unknown>> {
  if (!area) return {};
  try {
    const got = await area.get(keys);
    return got && typeof got === 'object' ? got : {};
  } catch (e) {
    if (!quiet) errors.push(`could not read ${what} (${e instanceof Error ? e.message : String(e)}); using defaults`);
    return {};
  }
}

/**
 * For a page that must not wait: Chrome may answer storage.managed.get() only
 * seconds after the browser starts. After `policyWaitMs` the settings come
 * without the policy, and `onPolicy` gets the full settings when it answers.
 */
export interface LoadOptions {
  policyWaitMs: number;
  /** Called when the wait is over without the policy (before the settings are returned). */
  onWait?(): void;
  onPolicy(settings: LoadedSettings): void;
}

export interface SettingsStore {
  loadSettings(options?: LoadOptions): Promise<LoadedSettings>;
  watchSettings(cb: (s: LoadedSettings) => void): () => void;
  saveUserSettings(patch: Partial<Settings>): Promise<{ errors: string[] }>;
}

export function createSettingsStore(getStorage: () => StorageLike | undefined): SettingsStore {
  async function loadSettings(options?: LoadOptions): Promise<LoadedSettings> {
    try {
      const storage = getStorage() ?? {};
      const readErrors: string[] = [];
      // Firefox rejects storage.managed.get() when no policy exists: not an error.
      const policyRead = safeGet(storage.managed, null, 'the managed policy', readErrors, true);
      const sync = await safeGet(storage.sync, USER_SETTINGS_KEY, 'the user settings', readErrors);
      const local = await safeGet(storage.local, USER_PACK_KEY, 'the chosen guideline pack', readErrors);
      const merged = (policy: Record<string, unknown>) => mergeLayers({ policy, user: sync[USER_SETTINGS_KEY], userPack: local[USER_PACK_KEY], readErrors });
      if (!options) return merged(await policyRead);
      const late = Symbol('late');
      let timer: ReturnType<typeof setTimeout> | undefined;
      const first = await Promise.race([policyRead, new Promise<typeof late>((resolve) => (timer = setTimeout(() => resolve(late), options.policyWaitMs)))]);
      clearTimeout(timer);
      if (first !== late) return merged(first);
      options.onWait?.();
      void policyRead.then((policy) => {
        try {
          options.onPolicy(merged(policy));
        } catch {
          // a listener's error stays with the listener
        }
      });
      return merged({});
    } catch (e) {
      return mergeLayers({ policy: {}, user: undefined, readErrors: [`could not read settings (${e instanceof Error ? e.message : String(e)}); using defaults`] });
    }
  }

  function watchSettings(cb: (s: LoadedSettings) => void): () => void {
    const storage = getStorage();
    const onChanged = storage?.onChanged;
    if (!onChanged) return () => undefined;
    let stopped = false;
    const listener = (changes: Record<string, unknown>, area: string): void => {
      const relevant = area === 'managed' || (area === 'sync' && USER_SETTINGS_KEY in changes) || (area === 'local' && USER_PACK_KEY in changes);
      if (!relevant) return;
      void loadSettings().then((s) => {
        if (!stopped) cb(s);
      });
    };
    try {
      onChanged.addListener(listener);
    } catch {
      return () => undefined;
    }
    return () => {
      stopped = true;
      try {
        onChanged.removeListener(listener);
      } catch {
        // the page is going away
      }
    };
  }

  async function saveUserSettings(patch: Partial<Settings>): Promise<{ errors: string[] }> {
    const errors: string[] = [];
    try {
      const storage = getStorage() ?? {};
      const current = await loadSettings();
      const checked = validateLayer(patch, 'user');
      errors.push(...checked.errors.map((m) => m.replace('stored setting', 'setting').replace('using the default', 'not saved')));
      const accepted: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(checked.values)) {
        if (current.locked[key as keyof Settings]) errors.push(`setting ${key} is set by your organisation's policy; not saved`);
        else accepted[key] = value;
      }
      if ('guidelinePack' in accepted) {
        const pack = accepted.guidelinePack;
        delete accepted.guidelinePack;
        if (pack === null) await storage.local?.remove?.(USER_PACK_KEY);
        else await storage.local?.set?.({ [USER_PACK_KEY]: pack });
      }
      if (Object.keys(accepted).length > 0) {
        const stored = await safeGet(storage.sync, USER_SETTINGS_KEY, 'the user settings', errors);
        // Keep only the valid part of what was stored, then apply the patch.
        const previous = validateLayer(stored[USER_SETTINGS_KEY], 'user').values as Record<string, unknown>;
        delete previous.guidelinePack;
        if (!storage.sync?.set) errors.push('settings storage is not available; not saved');
        else await storage.sync.set({ [USER_SETTINGS_KEY]: { ...previous, ...accepted } });
      }
    } catch (e) {
      errors.push(`could not save settings (${e instanceof Error ? e.message : String(e)})`);
    }
    return { errors };
  }

  return { loadSettings, watchSettings, saveUserSettings };
}
