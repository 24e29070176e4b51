/** A language picker: automatic (from the browser), Nynorsk, Bokmål, English. */
import type { UiLanguage } from '../../config/types';
import type { Lang } from '../../engine/types';
import { LANGS } from '../../engine/types';
import { HTML_LANG, LANGUAGE_NAMES, t } from '../../i18n';

export type LanguageChoice = UiLanguage | 'auto';

export function isLanguageChoice(v: unknown): v is LanguageChoice {
  return v === 'auto' || v === 'nn' || v === 'nb' || v === 'en';
}

interface Props {
  id: string;
  value: LanguageChoice;
  lang: Lang;
  disabled?: boolean;
  describedBy?: string;
  onChange(value: LanguageChoice): void;
}

export function LanguagePicker({ id, value, lang, disabled, describedBy, onChange }: Props) {
  return (
    <select
      id={id}
      value={value}
      disabled={disabled}
      aria-describedby={describedBy}
      onChange={(e) => {
        const v = (e.currentTarget as HTMLSelectElement).value;
        if (isLanguageChoice(v)) onChange(v);
      }}
    >
      <option value="auto">{t('language.auto', lang)}</option>
      {LANGS.map((l) => (
        <option key={l} value={l} lang={HTML_LANG[l]}>
          {LANGUAGE_NAMES[l]}
        </option>
      ))}
    </select>
  );
}
