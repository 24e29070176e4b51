/** "Locked by the organisation": shown next to a setting a policy sets. */
import type { Lang } from '../../engine/types';
import { t } from '../../i18n';

export function LockedNote({ id, org, lang }: { id?: string; org: string; lang: Lang }) {
  return (
    <span class="locked" id={id}>
      <span aria-hidden="true">🔒</span> {t('locked.by', lang, { org })}
    </span>
  );
}
