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
    const apply = (loaded: LoadedSettings, failed = false) => {
      if (alive) setState({ loaded, lang: languageOf(service, loaded), failed });
    };
    service
      .load()
      .then((loaded) => apply(loaded))
      .catch(() => apply(fallbackSettings(), true));
    let stop: () => void = () => undefined;
    try {
      stop = service.watch((loaded) => apply(loaded));
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
