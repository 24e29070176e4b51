/**
 * Personal extra words: a word or phrase that always raises a warning for a
 * guideline (settings.extraTerms, "2": ["prosjekt nordlys"]). Stored with the
 * user's settings; never sent anywhere.
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../../engine/types';
import type { GuidelinePack } from '../../guidelines/types';
import { localized, t } from '../../i18n';
import { Field } from './Field';

export const MAX_WORD_CHARS = 100;

interface Props {
  pack: GuidelinePack;
  terms: Readonly<Record<string, readonly string[]>>;
  locked: boolean;
  org: string;
  lang: Lang;
  onChange(terms: Record<string, string[]>): void;
}

function copyTerms(terms: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, list] of Object.entries(terms)) if (Array.isArray(list) && list.length > 0) out[k] = [...list];
  return out;
}

export function WordsSection({ pack, terms, locked, org, lang, onChange }: Props) {
  const checkable = pack.guidelines.filter((g) => g.kind === 'check');
  const [word, setWord] = useState('');
  const [guideline, setGuideline] = useState(String(checkable[0]?.id ?? pack.guidelines[0]?.id ?? 1));
  const [problem, setProblem] = useState('');
  const entries = Object.entries(terms)
    .flatMap(([g, list]) => (Array.isArray(list) ? list.map((w) => ({ g, w })) : []))
    .sort((a, b) => Number(a.g) - Number(b.g) || (a.w < b.w ? -1 : a.w > b.w ? 1 : 0));

  const add = (e: Event) => {
    e.preventDefault();
    const w = word.trim().toLowerCase();
    if (!w) return setProblem(t('options.words.blank', lang));
    if (w.length > MAX_WORD_CHARS) return setProblem(t('options.words.tooLong', lang, { max: MAX_WORD_CHARS }));
    if ((terms[guideline] ?? []).includes(w)) return setProblem(t('options.words.duplicate', lang, { word: w }));
    const next = copyTerms(terms);
    next[guideline] = [...(next[guideline] ?? []), w].sort();
    setProblem('');
    setWord('');
    onChange(next);
  };

  const remove = (g: string, w: string) => {
    const next = copyTerms(terms);
    next[g] = (next[g] ?? []).filter((x) => x !== w);
    if (next[g].length === 0) delete next[g];
    onChange(next);
  };

  return (
    <Field id="words" legend={t('options.words.heading', lang)} hint={t('options.words.hint', lang)} locked={locked} org={org} lang={lang}>
      <form class="word-form" onSubmit={add}>
        <span class="word-input">
          <label for="word-new">{t('options.words.word', lang)}</label>
          <input
            id="word-new"
            type="text"
            value={word}
            maxLength={MAX_WORD_CHARS + 20}
            autocomplete="off"
            spellcheck={false}
            aria-describedby="word-problem"
            aria-invalid={problem ? 'true' : undefined}
            onInput={(e) => setWord((e.currentTarget as HTMLInputElement).value)}
          />
        </span>
        <span class="word-guideline">
          <label for="word-guideline">{t('options.words.guideline', lang)}</label>
          <select id="word-guideline" value={guideline} onChange={(e) => setGuideline((e.currentTarget as HTMLSelectElement).value)}>
            {checkable.map((g) => (
              <option key={g.id} value={String(g.id)}>
                G{g.id} {localized(g.title, lang)}
              </option>
            ))}
          </select>
        </span>
        <button type="submit">{t('options.words.add', lang)}</button>
      </form>
      <p id="word-problem" class="problem" role="alert">
        {problem}
      </p>
      {entries.length === 0 ? (
        <p class="muted">{t('options.words.empty', lang)}</p>
      ) : (
        <ul class="word-list" aria-label={t('options.words.listLabel', lang)}>
          {entries.map(({ g, w }) => (
            <li key={`${g}:${w}`} data-guideline={g}>
              <span class="word">{w}</span> <span class="muted small">G{g}</span>{' '}
              <button type="button" class="small-button" onClick={() => remove(g, w)}>
                {t('options.words.remove', lang, { word: w })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Field>
  );
}
