/** Findings of the popup's own text check: guideline, severity, the flagged words, the message and a fix. */
import type { Finding, Lang } from '../../engine/types';
import { excerptOf } from '../../engine/excerpt';
import type { GuidelinePack } from '../../guidelines/types';
import { localized, t } from '../../i18n';
import { SeverityBadge } from '../components/SeverityBadge';
import { orderFindings } from '../status';

interface Props {
  text: string;
  findings: readonly Finding[];
  pack: GuidelinePack;
  lang: Lang;
}

export function FindingList({ text, findings, pack, lang }: Props) {
  const shown = orderFindings(findings);
  return (
    <ul class="findings" data-testid="findings">
      {shown.map((f, i) => {
        const g = pack.guidelines.find((x) => x.id === f.guideline);
        const excerpt = excerptOf(text, f);
        return (
          <li key={`${f.rule}:${f.start}:${f.end}:${i}`} class={`finding finding-${f.severity}`} data-guideline={f.guideline} data-severity={f.severity}>
            <p class="finding-head">
              <SeverityBadge severity={f.severity} lang={lang} />{' '}
              <strong>
                G{f.guideline}
                {g ? ` ${localized(g.title, lang)}` : ''}
              </strong>
            </p>
            {excerpt && <p class="finding-excerpt">«{excerpt}»</p>}
            <p>{localized(f.message, lang)}</p>
            {f.suggestion && (
              <p class="finding-suggestion">
                <span class="text-label-inline">{t('check.suggestion', lang)}</span> {localized(f.suggestion, lang)}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
