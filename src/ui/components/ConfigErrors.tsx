/** Settings that could not be used, listed calmly: the defaults apply to them. */
import type { Lang } from '../../engine/types';
import { t } from '../../i18n';

export function ConfigErrors({ errors, lang }: { errors: readonly string[]; lang: Lang }) {
  if (errors.length === 0) return null;
  return (
    <section class="notice notice-errors" aria-labelledby="config-errors-heading">
      <h2 id="config-errors-heading" class="notice-heading">
        {t('errors.heading', lang)}
      </h2>
      <ul class="error-list">
        {errors.map((e, i) => (
          <li key={i} lang="en">
            {e}
          </li>
        ))}
      </ul>
      <p class="muted">{t('errors.hint', lang)}</p>
    </section>
  );
}
