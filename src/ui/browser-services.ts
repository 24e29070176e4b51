/**
 * The real services for the popup and the options page: the settings model
 * (src/config) and the active tab's summary (kept by the background in
 * storage.session; asked for with a typed get-summary message as a fallback).
 */
import { browser } from 'wxt/browser';
import { loadSettings, packRules, resolveLanguage, saveUserSettings, toEngineConfig, validatePackInput, watchSettings } from '../config';
import { analyze } from '../engine';
import { summaryKey, type PopupToBackground, type TabSummary } from '../messaging/types';
import type { OptionsServices, PermissionService, PopupServices, SettingsService, TabService } from './services';

export function browserSettingsService(): SettingsService {
  return {
    load: loadSettings,
    watch: watchSettings,
    save: saveUserSettings,
    toEngineConfig,
    packRules,
    resolveLanguage: (settings) => resolveLanguage(settings, typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]),
  };
}

function isSummary(v: unknown): v is TabSummary {
  return typeof v === 'object' && v !== null && 'guidelines' in v && 'boxes' in v;
}

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return typeof tab?.id === 'number' && tab.id >= 0 ? tab.id : null;
}

async function readSummary(tabId: number): Promise<TabSummary | null> {
  const key = summaryKey(tabId);
  try {
    const session = (browser.storage as unknown as { session?: { get(k: string): Promise<Record<string, unknown>> } }).session;
    if (session) {
      const got = await session.get(key);
      if (isSummary(got[key])) return got[key];
    }
  } catch {
    // storage.session unavailable: ask the background instead.
  }
  try {
    const message: PopupToBackground = { type: 'get-summary', tabId };
    const reply: unknown = await browser.runtime.sendMessage(message);
    return isSummary(reply) ? reply : null;
  } catch {
    return null;
  }
}

export function browserTabService(): TabService {
  return {
    async activeSummary() {
      const id = await activeTabId();
      return id === null ? null : readSummary(id);
    },
    watch(cb) {
      let tabId: number | null = null;
      void activeTabId().then((id) => (tabId = id));
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area !== 'session' || tabId === null) return;
        const change = changes[summaryKey(tabId)];
        if (change) cb(isSummary(change.newValue) ? change.newValue : null);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

export function browserPopupServices(): PopupServices {
  return {
    settings: browserSettingsService(),
    tab: browserTabService(),
    analyze,
    openOptions() {
      void browser.runtime.openOptionsPage().then(() => window.close());
    },
  };
}

export function browserPermissionService(): PermissionService {
  return {
    contains: (origins) => browser.permissions.contains({ origins }),
    request: (origins) => browser.permissions.request({ origins }),
    remove: (origins) => browser.permissions.remove({ origins }),
  };
}

export function browserOptionsServices(): OptionsServices {
  return { settings: browserSettingsService(), permissions: browserPermissionService(), validatePack: validatePackInput };
}
