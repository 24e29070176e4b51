/**
 * In-memory fakes for the UI tests: a storage with managed, sync and local
 * areas and change events, wired to the real settings store, and a tab
 * service that returns a given summary.
 */
import { packRules, resolveLanguage, toEngineConfig, validatePackInput } from '../../src/config';
import { createSettingsStore, type StorageAreaLike, type StorageLike } from '../../src/config/store';
import { analyze } from '../../src/engine';
import type { TabSummary } from '../../src/messaging/types';
import type { OptionsServices, PermissionService, PopupServices, SettingsService, TabService } from '../../src/ui/services';

type Listener = (changes: Record<string, unknown>, areaName: string) => void;

export interface FakeStorage extends StorageLike {
  data: Record<'managed' | 'sync' | 'local', Record<string, unknown>>;
  /** Sets a value as the browser would (a policy push or another window) and fires onChanged. */
  put(area: 'managed' | 'sync' | 'local', items: Record<string, unknown>): void;
}

export function fakeStorage(initial: Partial<Record<'managed' | 'sync' | 'local', Record<string, unknown>>> = {}): FakeStorage {
  const data = { managed: { ...initial.managed }, sync: { ...initial.sync }, local: { ...initial.local } };
  const listeners = new Set<Listener>();
  const fire = (area: string, items: Record<string, unknown>) => {
    const changes: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(items)) changes[k] = { newValue: v };
    for (const l of listeners) l(changes, area);
  };
  const areaOf = (name: 'managed' | 'sync' | 'local'): StorageAreaLike => ({
    async get(keys) {
      const all = data[name];
      if (keys === null || keys === undefined) return JSON.parse(JSON.stringify(all));
      const out: Record<string, unknown> = {};
      for (const k of Array.isArray(keys) ? keys : [keys]) if (k in all) out[k] = JSON.parse(JSON.stringify(all[k]));
      return out;
    },
    async set(items) {
      Object.assign(data[name], JSON.parse(JSON.stringify(items)));
      fire(name, items);
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[name][k];
      fire(name, Object.fromEntries((Array.isArray(keys) ? keys : [keys]).map((k) => [k, undefined])));
    },
  });
  return {
    data,
    managed: areaOf('managed'),
    sync: areaOf('sync'),
    local: areaOf('local'),
    onChanged: {
      addListener: (cb: Listener) => listeners.add(cb),
      removeListener: (cb: Listener) => listeners.delete(cb),
    },
    put(area, items) {
      Object.assign(data[area], items);
      fire(area, items);
    },
  };
}

export function settingsService(storage: StorageLike, navigatorLanguages: readonly string[] = ['nn-NO']): SettingsService {
  const store = createSettingsStore(() => storage);
  return {
    load: store.loadSettings,
    watch: store.watchSettings,
    save: store.saveUserSettings,
    toEngineConfig,
    packRules,
    resolveLanguage: (s) => resolveLanguage(s, navigatorLanguages),
  };
}

export function tabService(summary: TabSummary | null): TabService & { push(s: TabSummary | null): void } {
  const listeners = new Set<(s: TabSummary | null) => void>();
  return {
    activeSummary: async () => summary,
    watch(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    push(s) {
      for (const l of listeners) l(s);
    },
  };
}

export function popupServices(storage: StorageLike, summary: TabSummary | null, navigatorLanguages?: readonly string[]): PopupServices & { openedOptions: number } {
  const services = {
    settings: settingsService(storage, navigatorLanguages),
    tab: tabService(summary),
    analyze,
    openedOptions: 0,
    openOptions() {
      services.openedOptions += 1;
    },
  };
  return services;
}

/** Optional host permissions: `answer` is what the user says to a request. */
export function fakePermissions(answer = true): PermissionService & { granted: Set<string>; requests: string[][] } {
  const granted = new Set<string>();
  const requests: string[][] = [];
  return {
    granted,
    requests,
    contains: async (origins) => origins.every((o) => granted.has(o)),
    async request(origins) {
      requests.push(origins);
      if (answer) for (const o of origins) granted.add(o);
      return answer;
    },
    async remove(origins) {
      for (const o of origins) granted.delete(o);
      return true;
    },
  };
}

export function optionsServices(storage: StorageLike, navigatorLanguages?: readonly string[], permissions?: PermissionService): OptionsServices {
  return { settings: settingsService(storage, navigatorLanguages), validatePack: validatePackInput, ...(permissions ? { permissions } : {}) };
}

export function summary(partial: Partial<TabSummary> = {}): TabSummary {
  return { site: 'facebook', boxes: 1, context: 'private', guidelines: {}, updatedAt: 1, ...partial };
}
