/**
 * "Sjekk ein tekst": a text typed or pasted here is checked by the same engine,
 * in the popup. The text lives in this component's state only: never stored,
 * never sent, gone when the popup closes.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Rule } from '../../engine/rule';
import type { AnalyzeOptions, EngineConfig, Finding, Lang } from '../../engine/types';
import type { GuidelinePack } from '../../guidelines/types';
import { t } from '../../i18n';
import { FindingList } from './FindingList';

interface Props {
  analyze(text: string, options: AnalyzeOptions): Finding[];
  config: Partial<EngineConfig>;
  /** A custom pack's rules; the built-in rules when undefined. */
  rules?: readonly Rule[];
  pack: GuidelinePack;
  organization: string;
  defaultOfficial: boolean;
  lang: Lang;
}

const MAX_CHARS = 20_000;

export function TextCheck({ analyze, config, rules, pack, organization, defaultOfficial, lang }: Props) {
  const [text, setText] = useState('');
  const [official, setOfficial] = useState(defaultOfficial);
  const { findings, failed } = useMemo(() => {
    if (!text.trim()) return { findings: [], failed: false };
    try {
      return { findings: analyze(text, { context: official ? 'official' : 'private', config, ...(rules ? { rules } : {}) }), failed: false };
    } catch {
      return { findings: [], failed: true };
    }
  }, [text, official, config, rules, analyze]);
  const counted = findings.filter((f) => f.severity !== 'info').length;
  return (
    <section class="text-check" aria-labelledby="check-heading">
      <h2 id="check-heading">{t('check.heading', lang)}</h2>
      <label for="check-text">{t('check.label', lang)}</label>
      <textarea
        id="check-text"
        rows={4}
        maxLength={MAX_CHARS}
        spellcheck={false}
        autocomplete="off"
        aria-describedby="check-note"
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <p id="check-note" class="muted small">
        {t('check.note', lang)}
      </p>
      <label class="switch">
        <input type="checkbox" id="check-official" checked={official} onChange={(e) => setOfficial((e.currentTarget as HTMLInputElement).checked)} />{' '}
        {t('check.official', lang, { org: organization })}
      </label>
      <div class="check-result" aria-live="polite" data-testid="check-result" data-count={counted}>
        {text.trim() && (
          <>
            <p class="check-count">
              {failed ? t('check.failed', lang) : findings.length === 0 ? t('check.none', lang) : t('check.count', lang, { count: findings.length })}
            </p>
            {findings.length > 0 && <FindingList text={text} findings={findings} pack={pack} lang={lang} />}
          </>
        )}
      </div>
    </section>
  );
}
