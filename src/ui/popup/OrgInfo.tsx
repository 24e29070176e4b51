/** The organisation's name, a link to its full guidelines and a contact for questions (from settings). */
import type { Settings } from '../../config/types';
import type { Lang } from '../../engine/types';
import type { GuidelinePack } from '../../guidelines/types';
import { localized, t } from '../../i18n';
import { contactHref, safeHttpUrl } from '../links';
import { organizationName } from '../pack';

export function OrgInfo({ settings, pack, lang }: { settings: Settings; pack: GuidelinePack; lang: Lang }) {
  const org = organizationName(settings, pack);
  const url = safeHttpUrl(settings.guidelinesUrl);
  const contact = settings.contact.trim();
  const href = contactHref(contact);
  return (
    <section class="org" aria-labelledby="org-heading" data-testid="org-info">
      <h2 id="org-heading">{org}</h2>
      <p>
        {url ? (
          <a href={url} target="_blank" rel="noopener noreferrer">
            {t('org.guidelines', lang, { org })}
          </a>
        ) : (
          <span>{localized(pack.source, lang)}</span>
        )}
      </p>
      {contact && (
        <p>
          {t('org.contactLabel', lang)}{' '}
          {href ? (
            <a href={href} target={href.startsWith('http') ? '_blank' : undefined} rel="noopener noreferrer">
              {contact}
            </a>
          ) : (
            <span>{contact}</span>
          )}
        </p>
      )}
      <p class="muted small">{t('privacy.note', lang)}</p>
    </section>
  );
}
