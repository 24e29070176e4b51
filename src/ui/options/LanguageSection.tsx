/** The UI language: automatic (from the browser), Nynorsk, Bokmål or English. */
import type { Lang } from '../../engine/types';
import { t } from '../../i18n';
import { LanguagePicker, type LanguageChoice } from '../components/LanguagePicker';
import { Field } from './Field';

interface Props {
  value: LanguageChoice;
  locked: boolean;
  org: string;
  lang: Lang;
  onChange(value: LanguageChoice): void;
}

export function LanguageSection({ value, locked, org, lang, onChange }: Props) {
  return (
    <Field id="language" legend={t('language.label', lang)} hint={t('options.language.hint', lang)} locked={locked} org={org} lang={lang}>
      <label for="options-language" class="visually-hidden">
        {t('language.label', lang)}
      </label>
      <LanguagePicker id="options-language" value={value} lang={lang} describedBy="language-hint" onChange={onChange} />
    </Field>
  );
}
