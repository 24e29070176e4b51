/**
 * The toolbar popup: the organisation's guidelines as a checklist marked from
 * the active tab, a box to check a text locally, and who to ask.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Lang } from '../../engine/types';
import type { TabSummary } from '../../messaging/types';
import { HTML_LANG, t } from '../../i18n';
import { ConfigErrors } from '../components/ConfigErrors';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { LanguagePicker, type LanguageChoice } from '../components/LanguagePicker';
import { ManagedNote } from '../components/ManagedNote';
import { organizationName, packFor } from '../pack';
import { serialSaver } from '../save-queue';
import type { PopupServices } from '../services';
import { fallbackSettings, useSettings } from '../use-settings';
import { Checklist } from './Checklist';
import { OrgInfo } from './OrgInfo';
import { TabStatus } from './TabStatus';
import { TextCheck } from './TextCheck';

function useActiveSummary(services: PopupServices): TabSummary | null | undefined {
  const [summary, setSummary] = useState<TabSummary | null | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    services.tab
      .activeSummary()
      .then((s) => alive && setSummary(s ?? null))
      .catch(() => alive && setSummary(null));
    let stop: () => void = () => undefined;
    try {
      if (services.tab.watch) stop = services.tab.watch((s) => alive && setSummary(s ?? null));
    } catch {
      // No live updates: the popup shows what it read when it opened.
    }
    return () => {
      alive = false;
      stop();
    };
  }, [services]);
  return summary;
}

export function PopupApp({ services }: { services: PopupServices }) {
  const state = useSettings(services.settings);
  const summary = useActiveSummary(services);
  const [langOverride, setLangOverride] = useState<Lang | null>(null);
  const saver = useMemo(() => serialSaver((patch) => services.settings.save(patch)), [services]);
  const loaded = state.loaded ?? fallbackSettings();
  const { settings } = loaded;
  const lang: Lang = langOverride ?? state.lang;
  const pack = packFor(settings);
  const config = useMemo(() => {
    try {
      return services.settings.toEngineConfig(settings);
    } catch {
      return {};
    }
  }, [services, settings]);
  const rules = useMemo(() => {
    try {
      return services.settings.packRules(settings);
    } catch {
      return undefined;
    }
  }, [services, settings]);
  const errors = state.failed ? [...loaded.errors, t('load.failed', lang)] : loaded.errors;
  const languageLocked = loaded.locked.language === 'policy';

  useEffect(() => {
    document.documentElement.lang = HTML_LANG[lang];
  }, [lang]);

  const changeLanguage = (choice: LanguageChoice) => {
    setLangOverride(choice === 'auto' ? null : choice);
    void saver({ language: choice }).catch(() => undefined);
  };

  return (
    <ErrorBoundary lang={lang}>
      <div class="popup" data-ready={state.loaded ? 'true' : 'false'} data-lang={lang}>
        <header class="popup-header">
          <div class="brand">
            <h1>{t('app.name', lang)}</h1>
            <p class="muted small">{t('popup.tagline', lang)}</p>
          </div>
          <div class="header-tools">
            <label for="popup-language" class="visually-hidden">
              {t('language.label', lang)}
            </label>
            <LanguagePicker id="popup-language" value={langOverride ?? settings.language} lang={lang} disabled={languageLocked} onChange={changeLanguage} />
            <button type="button" class="link-button" onClick={() => services.openOptions()}>
              {t('popup.settings', lang)}
            </button>
          </div>
        </header>
        <main>
          {settings.crisis?.active && (
            <section class="notice notice-crisis" aria-labelledby="crisis-heading">
              <h2 id="crisis-heading" class="notice-heading">
                {t('crisis.heading', lang)}
              </h2>
              {settings.crisis.message && <p>{settings.crisis.message}</p>}
            </section>
          )}
          <ManagedNote managed={loaded.managed} lang={lang} />
          <ConfigErrors errors={errors} lang={lang} />
          <TabStatus summary={summary} lang={lang} />
          <Checklist pack={pack} summary={summary} disabled={settings.disabledGuidelines} lang={lang} />
          <TextCheck
            key={settings.defaultContext}
            analyze={services.analyze}
            config={config}
            rules={rules}
            pack={pack}
            organization={organizationName(settings, pack)}
            defaultOfficial={settings.defaultContext === 'official'}
            lang={lang}
          />
          <OrgInfo settings={settings} pack={pack} lang={lang} />
        </main>
      </div>
    </ErrorBoundary>
  );
}
