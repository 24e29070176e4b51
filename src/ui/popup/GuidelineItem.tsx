/** One guideline in the checklist: number, short title, status; expands to the full text. */
import type { Lang } from '../../engine/types';
import type { Guideline } from '../../guidelines/types';
import { HTML_LANG, localized, t } from '../../i18n';
import type { GuidelineStatus } from '../status';

function statusLabel(status: GuidelineStatus, lang: Lang): string | null {
  switch (status.kind) {
    case 'clear':
      return t('status.clear', lang);
    case 'reminder':
      return t('status.reminder', lang);
    case 'off':
      return t('status.off', lang);
    case 'breach':
      return t('status.breach', lang, { severity: t(`severity.${status.highest}`, lang), count: status.count });
    default:
      return null;
  }
}

function statusClass(status: GuidelineStatus): string {
  if (status.kind === 'breach') return `status status-${status.highest}`;
  return `status status-${status.kind}`;
}

interface Props {
  guideline: Guideline;
  status: GuidelineStatus;
  lang: Lang;
  /** Show the Nynorsk original beside the translation (the default pack); else the text in the chosen language. */
  nynorskOriginal: boolean;
}

export function GuidelineItem({ guideline, status, lang, nynorskOriginal }: Props) {
  const label = statusLabel(status, lang);
  const kind = status.kind === 'breach' ? status.highest : status.kind;
  return (
    <li class={`guideline guideline-${kind}`} data-guideline={guideline.id} data-status={kind}>
      <details>
        <summary>
          <span class="guideline-number" aria-hidden="true">
            G{guideline.id}
          </span>
          <span class="guideline-title">
            <span class="visually-hidden">{t('guideline.number', lang, { n: guideline.id })}: </span>
            {localized(guideline.title, lang)}
          </span>
          {label && <span class={statusClass(status)}>{label}</span>}
        </summary>
        {nynorskOriginal ? (
          <div class="guideline-text">
            <p class="text-label">{t('guideline.original', lang)}</p>
            <blockquote lang="nn">{guideline.text.nn}</blockquote>
            {lang !== 'nn' && (
              <>
                <p class="text-label">{t('guideline.translation', lang)}</p>
                <blockquote lang={HTML_LANG[lang]}>{localized(guideline.text, lang)}</blockquote>
              </>
            )}
          </div>
        ) : (
          <div class="guideline-text">
            <blockquote lang={HTML_LANG[lang]}>{localized(guideline.text, lang)}</blockquote>
          </div>
        )}
      </details>
    </li>
  );
}
