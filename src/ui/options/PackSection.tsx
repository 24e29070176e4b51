/**
 * The guideline pack in use, and a file picker for a custom pack (JSON). The
 * file is read here and validated by the settings model; an invalid pack is
 * refused with its reasons and the current pack stays.
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../../engine/types';
import type { GuidelinePack } from '../../guidelines/types';
import { localized, t } from '../../i18n';
import { Field } from './Field';

export type PackChoice = { pack: unknown | null; errors: string[] };

interface Props {
  pack: GuidelinePack;
  custom: boolean;
  locked: boolean;
  org: string;
  lang: Lang;
  /** Validates a pack file's text (validatePackInput). */
  validate(text: string): PackChoice;
  onChange(pack: unknown | null): void;
}

const MAX_FILE_BYTES = 1_000_000;

export function PackSection({ pack, custom, locked, org, lang, validate, onChange }: Props) {
  const [problems, setProblems] = useState<string[]>([]);
  const [loadedName, setLoadedName] = useState('');

  const choose = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setLoadedName('');
    if (file.size > MAX_FILE_BYTES) {
      setProblems([`the file is larger than ${MAX_FILE_BYTES} bytes`]);
      return;
    }
    try {
      const result = validate(await file.text());
      if (!result.pack) {
        setProblems(result.errors.length > 0 ? result.errors : ['unknown problem']);
        return;
      }
      setProblems([]);
      setLoadedName(localized((result.pack as GuidelinePack).source, lang) || file.name);
      onChange(result.pack);
    } catch (err) {
      setProblems([err instanceof Error ? err.message : String(err)]);
    } finally {
      input.value = '';
    }
  };

  return (
    <Field id="pack" legend={t('options.pack.heading', lang)} hint={t('options.pack.hint', lang)} locked={locked} org={org} lang={lang}>
      <p data-testid="pack-current">{t('options.pack.current', lang, { name: localized(pack.source, lang) })}</p>
      <p class="pack-picker">
        <label for="pack-file">{t('options.pack.choose', lang)}</label>{' '}
        <input id="pack-file" type="file" accept=".json,application/json" onChange={(e) => void choose(e)} />
      </p>
      {custom && (
        <p>
          <button type="button" onClick={() => onChange(null)}>
            {t('options.pack.reset', lang)}
          </button>
        </p>
      )}
      <div role="status" aria-live="polite">
        {loadedName && <p>{t('options.pack.loaded', lang, { name: loadedName })}</p>}
      </div>
      {problems.length > 0 && (
        <div class="notice notice-errors" role="alert" data-testid="pack-problems">
          <p>{t('options.pack.invalid', lang)}</p>
          <ul class="error-list">
            {problems.map((p, i) => (
              <li key={i} lang="en">
                {p}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Field>
  );
}
