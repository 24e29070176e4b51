/**
 * The options page: language, sites and roles, checks, personal words and the
 * guideline pack. Every change is saved at once through the settings model;
 * settings that a policy sets are shown locked, with who locks them.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { LoadedSettings } from '../../config';
import type { Settings } from '../../config/types';
import type { Lang } from '../../engine/types';
import { HTML_LANG, t } from '../../i18n';
import { ConfigErrors } from '../components/ConfigErrors';
import { ManagedNote } from '../components/ManagedNote';
import { isLocked } from '../locks';
import { isCustomPack, organizationName, packFor } from '../pack';
import { serialSaver } from '../save-queue';
import type { OptionsServices } from '../services';
import { fallbackSettings, useSettings } from '../use-settings';
import { AddedSitesSection } from './AddedSitesSection';
import { ChecksSection } from './ChecksSection';
import { ColleaguesSection } from './ColleaguesSection';
import { LanguageSection } from './LanguageSection';
import { PackSection } from './PackSection';
import { SitesSection } from './SitesSection';
import { WordsSection } from './WordsSection';

type SaveState = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; errors: string[] };

export function OptionsApp({ services }: { services: OptionsServices }) {
  const state = useSettings(services.settings);
  const base = state.loaded ?? fallbackSettings();
  // Local edits show at once; they are dropped when storage reports a new state (which includes them once saved).
  const [edit, setEdit] = useState<{ from: LoadedSettings | null; settings: Settings; lang: Lang | null } | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const saver = useMemo(() => serialSaver((patch) => services.settings.save(patch)), [services]);
  const current = edit && edit.from === state.loaded ? edit : null;
  const draft = current?.settings ?? base.settings;
  const langOverride = current?.lang ?? null;

  const lang: Lang = langOverride ?? state.lang;
  const loaded = { ...base, settings: draft };
  const pack = packFor(draft);
  const org = organizationName(draft, pack);
  const errors = state.failed ? [...base.errors, t('load.failed', lang)] : base.errors;

  useEffect(() => {
    document.documentElement.lang = HTML_LANG[lang];
    document.title = t('options.title', lang);
  }, [lang]);

  const update = (patch: Partial<Settings>, lang: Lang | null = langOverride) => {
    setEdit({ from: state.loaded, settings: { ...draft, ...patch }, lang });
    saver(patch)
      .then((r) => setSave(r.errors.length > 0 ? { kind: 'failed', errors: r.errors } : { kind: 'saved' }))
      .catch((e: unknown) => setSave({ kind: 'failed', errors: [e instanceof Error ? e.message : String(e)] }));
  };

  return (
    <div class="options" data-ready={state.loaded ? 'true' : 'false'} data-lang={lang}>
      <header>
        <h1>{t('options.title', lang)}</h1>
        <p>{t('options.intro', lang, { org })}</p>
        <p class="muted">{t('privacy.note', lang)}</p>
      </header>
      <main>
        <ManagedNote managed={loaded.managed} lang={lang} />
        <ConfigErrors errors={errors} lang={lang} />
        <LanguageSection
          value={draft.language}
          locked={isLocked(loaded, 'language')}
          org={org}
          lang={lang}
          onChange={(language) => update({ language }, language === 'auto' ? null : language)}
        />
        <SitesSection
          skip={draft.sites.skip}
          contextBySite={draft.contextBySite}
          defaultContext={draft.defaultContext}
          sitesLocked={isLocked(loaded, 'sites')}
          contextLocked={isLocked(loaded, 'contextBySite')}
          defaultContextLocked={isLocked(loaded, 'defaultContext')}
          org={org}
          lang={lang}
          onSkip={(skip) => update({ sites: { ...draft.sites, skip } })}
          onContext={(contextBySite) => update({ contextBySite })}
          onDefaultContext={(defaultContext) => update({ defaultContext })}
        />
        <AddedSitesSection
          hosts={draft.sites.add}
          locked={isLocked(loaded, 'sites')}
          org={org}
          lang={lang}
          permissions={services.permissions}
          onChange={(add) => update({ sites: { ...draft.sites, add } })}
        />
        <ChecksSection
          pack={pack}
          disabled={draft.disabledGuidelines}
          locked={isLocked(loaded, 'disabledGuidelines')}
          org={org}
          lang={lang}
          onChange={(disabledGuidelines) => update({ disabledGuidelines })}
        />
        <WordsSection pack={pack} terms={draft.extraTerms} locked={isLocked(loaded, 'extraTerms')} org={org} lang={lang} onChange={(extraTerms) => update({ extraTerms })} />
        <ColleaguesSection
          names={draft.colleagueNames}
          locked={isLocked(loaded, 'colleagueNames')}
          org={org}
          lang={lang}
          onChange={(colleagueNames) => update({ colleagueNames })}
        />
        <PackSection
          pack={pack}
          custom={isCustomPack(draft)}
          locked={isLocked(loaded, 'guidelinePack')}
          org={org}
          lang={lang}
          validate={services.validatePack}
          onChange={(guidelinePack) => update({ guidelinePack })}
        />
      </main>
      <div class="save-status" role="status" aria-live="polite" data-testid="save-status" data-state={save.kind}>
        {save.kind === 'saved' && t('options.saved', lang)}
        {save.kind === 'failed' && t('options.saveFailed', lang, { error: save.errors.join('; ') })}
      </div>
    </div>
  );
}
