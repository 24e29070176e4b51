/** The note that the organisation manages (some of) the settings. */
import type { Lang } from '../../engine/types';
import { t } from '../../i18n';

export function ManagedNote({ managed, lang }: { managed: boolean; lang: Lang }) {
  if (!managed) return null;
  return (
    <p class="notice notice-managed" data-testid="managed-note">
      <span aria-hidden="true" class="notice-icon">
        🏢
      </span>{' '}
      {t('managed.note', lang)}
    </p>
  );
}
