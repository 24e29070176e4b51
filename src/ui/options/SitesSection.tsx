/** Sites on or off (settings.sites.skip holds site ids) and the usual role on each (contextBySite). */
import type { Context, Lang } from '../../engine/types';
import { t } from '../../i18n';
import { SITES } from '../../sites';
import { Field } from './Field';

interface Props {
  skip: readonly string[];
  contextBySite: Readonly<Record<string, Context>>;
  defaultContext: Context;
  sitesLocked: boolean;
  contextLocked: boolean;
  defaultContextLocked: boolean;
  org: string;
  lang: Lang;
  onSkip(skip: string[]): void;
  onContext(contextBySite: Record<string, Context>): void;
  onDefaultContext(context: Context): void;
}

function ContextSelect({ id, value, label, lang, disabled, onChange }: { id: string; value: Context; label: string; lang: Lang; disabled?: boolean; onChange(c: Context): void }) {
  return (
    <>
      <label for={id} class="visually-hidden">
        {label}
      </label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => {
          const v = (e.currentTarget as HTMLSelectElement).value;
          if (v === 'private' || v === 'official') onChange(v);
        }}
      >
        <option value="private">{t('context.private', lang)}</option>
        <option value="official">{t('context.official', lang)}</option>
      </select>
    </>
  );
}

export function SitesSection(props: Props) {
  const { skip, contextBySite, defaultContext, sitesLocked, contextLocked, defaultContextLocked, org, lang } = props;
  return (
    <Field id="sites" legend={t('options.sites.heading', lang)} hint={t('options.sites.hint', lang)} locked={false} org={org} lang={lang}>
      {(sitesLocked || contextLocked) && (
        <p>
          <span class="locked">
            <span aria-hidden="true">🔒</span> {t('locked.by', lang, { org })}
          </span>
        </p>
      )}
      <div class="default-context">
        <label for="default-context">{t('options.context.default', lang)}</label>{' '}
        <select
          id="default-context"
          value={defaultContext}
          disabled={defaultContextLocked}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            if (v === 'private' || v === 'official') props.onDefaultContext(v);
          }}
        >
          <option value="private">{t('context.private', lang)}</option>
          <option value="official">{t('context.official', lang)}</option>
        </select>
      </div>
      {SITES.length === 0 ? (
        <p>{t('options.sites.none', lang)}</p>
      ) : (
        <ul class="site-list">
          {SITES.map((site) => {
            const on = !skip.includes(site.id);
            const checkId = `site-${site.id}`;
            return (
              <li key={site.id} class="site-row" data-site={site.id}>
                <span class="site-check">
                  <input
                    type="checkbox"
                    id={checkId}
                    checked={on}
                    disabled={sitesLocked}
                    onChange={(e) => {
                      const checked = (e.currentTarget as HTMLInputElement).checked;
                      const rest = skip.filter((s) => s !== site.id);
                      props.onSkip(checked ? rest : [...rest, site.id]);
                    }}
                  />{' '}
                  <label for={checkId}>{site.name}</label>
                </span>
                <ContextSelect
                  id={`context-${site.id}`}
                  value={contextBySite[site.id] ?? defaultContext}
                  label={t('options.sites.context', lang, { site: site.name })}
                  lang={lang}
                  disabled={contextLocked || !on}
                  onChange={(c) => props.onContext({ ...contextBySite, [site.id]: c })}
                />
              </li>
            );
          })}
        </ul>
      )}
    </Field>
  );
}
