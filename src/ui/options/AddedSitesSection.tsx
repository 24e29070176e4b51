/**
 * Extra sites (settings.sites.add), such as the intranet: add or remove a host
 * and grant the browser permission the content script needs there. The
 * permission request runs inside the click, as browsers require.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../engine/types';
import { t } from '../../i18n';
import { cleanHost, originsForHosts } from '../../sites';
import { grantableDomains, isGrantableHost } from '../added-sites';
import type { PermissionService } from '../services';
import { Field } from './Field';

interface Props {
  hosts: readonly string[];
  locked: boolean;
  org: string;
  lang: Lang;
  permissions?: PermissionService;
  onChange(hosts: string[]): void;
}

export function AddedSitesSection({ hosts, locked, org, lang, permissions, onChange }: Props) {
  const domains = grantableDomains();
  const domainList = domains.join(', ');
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState('');
  const key = hosts.join(',');

  useEffect(() => {
    if (!permissions) return;
    let alive = true;
    for (const host of hosts) {
      permissions
        .contains(originsForHosts([host]))
        .then((ok) => alive && setGranted((g) => ({ ...g, [host]: ok })))
        .catch(() => undefined);
    }
    return () => {
      alive = false;
    };
  }, [key, permissions]);

  const grant = (host: string) => {
    if (!permissions) return;
    permissions
      .request(originsForHosts([host]))
      .then((ok) => {
        setGranted((g) => ({ ...g, [host]: ok }));
        setProblem(ok ? '' : t('options.added.denied', lang, { host }));
      })
      .catch(() => setProblem(t('options.added.denied', lang, { host })));
  };

  const add = (e: Event) => {
    e.preventDefault();
    const raw = value.trim();
    const host = cleanHost(raw);
    if (!host) return setProblem(t('options.added.invalid', lang, { host: raw }));
    if (!isGrantableHost(host, domains)) return setProblem(t('options.added.notAllowed', lang, { domains: domainList }));
    if (hosts.includes(host)) return setProblem(t('options.added.duplicate', lang, { host }));
    grant(host);
    setProblem('');
    setValue('');
    onChange([...hosts, host]);
  };

  const remove = (host: string) => {
    onChange(hosts.filter((h) => h !== host));
    permissions?.remove(originsForHosts([host])).catch(() => undefined);
  };

  const example = domains.length > 0 ? `intranett.${org.split(' ')[0].toLowerCase() || 'ulvik'}.${domains[0]}` : 'intranett.example.no';
  return (
    <Field id="added-sites" legend={t('options.added.heading', lang)} hint={t('options.added.hint', lang, { domains: domainList })} locked={false} org={org} lang={lang}>
      {hosts.length === 0 ? (
        <p class="muted">{t('options.added.empty', lang)}</p>
      ) : (
        <ul class="word-list" aria-label={t('options.added.listLabel', lang)}>
          {hosts.map((host) => (
            <li key={host} data-host={host}>
              <span class="word">{host}</span>{' '}
              {permissions &&
                (granted[host] ? (
                  <span class="status status-clear">{t('options.added.granted', lang)}</span>
                ) : (
                  <button type="button" class="small-button" onClick={() => grant(host)}>
                    {t('options.added.grant', lang, { host })}
                  </button>
                ))}{' '}
              {!locked && (
                <button type="button" class="small-button" onClick={() => remove(host)}>
                  {t('options.added.remove', lang, { host })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {locked ? (
        <p>
          <span class="locked">
            <span aria-hidden="true">🔒</span> {t('locked.by', lang, { org })}
          </span>
        </p>
      ) : (
        <form class="word-form" onSubmit={add}>
          <span class="word-input">
            <label for="added-host">{t('options.added.host', lang, { example })}</label>
            <input
              id="added-host"
              type="text"
              inputMode="url"
              value={value}
              maxLength={253}
              autocomplete="off"
              spellcheck={false}
              aria-describedby="added-problem"
              aria-invalid={problem ? 'true' : undefined}
              onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)}
            />
          </span>
          <button type="submit">{t('options.added.add', lang)}</button>
        </form>
      )}
      <p id="added-problem" class="problem" role="alert">
        {problem}
      </p>
    </Field>
  );
}
