/**
 * The settings store on the browser's storage (sync for the user, managed for
 * policy). Kept apart from index.ts so that the content script can load
 * settings without pulling in pack compilation and the rules.
 */
import { browser } from 'wxt/browser';
import { createSettingsStore, type LoadOptions, type StorageLike } from './store';
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

export function loadSettings(options?: LoadOptions): Promise<LoadedSettings> {
  return store.loadSettings(options);
}

export function watchSettings(cb: (s: LoadedSettings) => void): () => void {
  return store.watchSettings(cb);
}

export function saveUserSettings(patch: Partial<Settings>): Promise<{ errors: string[] }> {
  return store.saveUserSettings(patch);
}
