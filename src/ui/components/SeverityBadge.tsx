/** A short visible label for a severity, coloured by class (never by colour alone). */
import type { Lang, Severity } from '../../engine/types';
import { t } from '../../i18n';

export function SeverityBadge({ severity, lang }: { severity: Severity; lang: Lang }) {
  return <span class={`badge badge-${severity}`}>{t(`severity.${severity}`, lang)}</span>;
}
