/**
 * Loads the settings once and follows changes (user and policy). A failing
 * load never breaks the page: the defaults are used and an error is shown.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LoadedSettings } from '../config';
import { defaultSettings } from '../config/defaults';
import type { Lang } from '../engine/types';
import type { SettingsService } from './services';

export interface SettingsState {
  /** null until the first load has finished. */
  loaded: LoadedSettings | null;
  lang: Lang;
  /** True when loading threw (the defaults are in use). */
  failed: boolean;
}

export function fallbackSettings(): LoadedSettings {
  return { settings: defaultSettings(), locked: {}, managed: false, errors: [] };
}

function languageOf(service: SettingsService, loaded: LoadedSettings): Lang {
  try {
    return service.resolveLanguage(loaded.settings);
  } catch {
    return 'nn';
  }
}

export function useSettings(service: SettingsService): SettingsState {
  const [state, setState] = useState<SettingsState>({ loaded: null, lang: 'nn', failed: false });
  useEffect(() => {
    let alive = true;
    // Loads may finish out of order (two quick saves): only a newer load may replace an older one.
    let started = 0;
    let applied = 0;
    const apply = (n: number, loaded: LoadedSettings, failed = false) => {
      if (!alive || n < applied) return;
      applied = n;
      setState({ loaded, lang: languageOf(service, loaded), failed });
    };
    const reload = () => {
      const n = ++started;
      service
        .load()
        .then((loaded) => apply(n, loaded))
        .catch(() => apply(n, fallbackSettings(), true));
    };
    reload();
    let stop: () => void = () => undefined;
    try {
      // The change event says that something changed; read it afresh, in order.
      stop = service.watch(() => reload());
    } catch {
      // No change events: the page still works with what it loaded.
    }
    return () => {
      alive = false;
      stop();
    };
  }, [service]);
  return state;
}
