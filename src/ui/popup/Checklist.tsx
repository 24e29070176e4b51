/** The guidelines of the pack as a checklist, each marked from the active tab's summary. */
import type { Lang } from '../../engine/types';
import type { GuidelinePack } from '../../guidelines/types';
import type { TabSummary } from '../../messaging/types';
import { t } from '../../i18n';
import { hasNynorskOriginal } from '../pack';
import { guidelineStatus } from '../status';
import { GuidelineItem } from './GuidelineItem';

interface Props {
  pack: GuidelinePack;
  summary: TabSummary | null | undefined;
  disabled: readonly number[];
  lang: Lang;
}

export function Checklist({ pack, summary, disabled, lang }: Props) {
  return (
    <section class="checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">{t('popup.checklist.heading', lang)}</h2>
      <ol class="guidelines">
        {pack.guidelines.map((g) => (
          <GuidelineItem key={g.id} guideline={g} status={guidelineStatus(summary, g.id, disabled)} lang={lang} nynorskOriginal={hasNynorskOriginal(pack)} />
        ))}
      </ol>
    </section>
  );
}
