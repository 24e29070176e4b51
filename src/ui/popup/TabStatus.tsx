/** One line on the active tab: not a watched site, no compose box, clear, or how many guidelines may be breached. */
import type { Lang } from '../../engine/types';
import type { TabSummary } from '../../messaging/types';
import { t } from '../../i18n';
import { breachedGuidelines, tabState } from '../status';

export function TabStatus({ summary, lang }: { summary: TabSummary | null | undefined; lang: Lang }) {
  const state = tabState(summary);
  let text: string;
  switch (state) {
    case 'loading':
      text = t('tab.loading', lang);
      break;
    case 'unsupported':
      text = t('tab.unsupported', lang);
      break;
    case 'no-box':
      text = t('tab.noBox', lang);
      break;
    case 'clear':
      text = t('tab.clear', lang);
      break;
    default:
      text = t('tab.breach', lang, { count: breachedGuidelines(summary).length });
  }
  return (
    <div class={`tab-status tab-${state}`} data-testid="tab-status" data-state={state} role="status">
      <p>{text}</p>
      {summary && summary.site && summary.context === 'official' && state !== 'unsupported' && <p class="muted">{t('tab.official', lang)}</p>}
    </div>
  );
}
