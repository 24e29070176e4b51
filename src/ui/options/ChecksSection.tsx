/** Guideline checks on or off (settings.disabledGuidelines). */
import type { Lang } from '../../engine/types';
import type { GuidelinePack } from '../../guidelines/types';
import { localized, t } from '../../i18n';
import { Field } from './Field';

interface Props {
  pack: GuidelinePack;
  disabled: readonly number[];
  locked: boolean;
  org: string;
  lang: Lang;
  onChange(disabled: number[]): void;
}

export function ChecksSection({ pack, disabled, locked, org, lang, onChange }: Props) {
  return (
    <Field id="checks" legend={t('options.guidelines.heading', lang)} hint={t('options.guidelines.hint', lang)} locked={locked} org={org} lang={lang}>
      <ul class="check-list">
        {pack.guidelines.map((g) => {
          const id = `guideline-${g.id}`;
          return (
            <li key={g.id}>
              <input
                type="checkbox"
                id={id}
                checked={!disabled.includes(g.id)}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  const rest = disabled.filter((n) => n !== g.id);
                  onChange(on ? rest : [...rest, g.id].sort((a, b) => a - b));
                }}
              />{' '}
              <label for={id}>
                G{g.id} {localized(g.title, lang)}
              </label>
            </li>
          );
        })}
      </ul>
    </Field>
  );
}
