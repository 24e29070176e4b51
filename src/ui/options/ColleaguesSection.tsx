/**
 * Colleagues' names (settings.colleagueNames) for the G4 check. Stored with the
 * user's settings; never sent anywhere. A policy may set the list (locked).
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../../engine/types';
import { t } from '../../i18n';
import { Field } from './Field';

export const MAX_NAME_CHARS = 100;

interface Props {
  names: readonly string[];
  locked: boolean;
  org: string;
  lang: Lang;
  onChange(names: string[]): void;
}

export function ColleaguesSection({ names, locked, org, lang, onChange }: Props) {
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState('');

  const add = (e: Event) => {
    e.preventDefault();
    const name = value.trim();
    if (!name) return setProblem(t('options.colleagues.blank', lang));
    if (name.length > MAX_NAME_CHARS) return setProblem(t('options.words.tooLong', lang, { max: MAX_NAME_CHARS }));
    if (names.some((n) => n.toLowerCase() === name.toLowerCase())) return setProblem(t('options.words.duplicate', lang, { word: name }));
    setProblem('');
    setValue('');
    onChange([...names, name]);
  };

  return (
    <Field id="colleagues" legend={t('options.colleagues.heading', lang)} hint={t('options.colleagues.hint', lang)} locked={locked} org={org} lang={lang}>
      <form class="word-form" onSubmit={add}>
        <span class="word-input">
          <label for="colleague-new">{t('options.colleagues.name', lang)}</label>
          <input
            id="colleague-new"
            type="text"
            value={value}
            maxLength={MAX_NAME_CHARS + 20}
            autocomplete="off"
            spellcheck={false}
            aria-describedby="colleague-problem"
            aria-invalid={problem ? 'true' : undefined}
            onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)}
          />
        </span>
        <button type="submit">{t('options.colleagues.add', lang)}</button>
      </form>
      <p id="colleague-problem" class="problem" role="alert">
        {problem}
      </p>
      {names.length === 0 ? (
        <p class="muted">{t('options.colleagues.empty', lang)}</p>
      ) : (
        <ul class="word-list" aria-label={t('options.colleagues.listLabel', lang)}>
          {names.map((name) => (
            <li key={name}>
              <span class="word">{name}</span>{' '}
              <button type="button" class="small-button" onClick={() => onChange(names.filter((n) => n !== name))}>
                {t('options.colleagues.remove', lang, { name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Field>
  );
}
