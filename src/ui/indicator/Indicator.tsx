/** The in-page badge and its panel, rendered into the indicator's shadow root. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../engine/messages';
import type { Severity } from '../../engine/types';
import { INDICATOR_TEXT, type IndicatorTextKey } from '../../i18n/indicator';
import type { IndicatorActions, IndicatorModel, PanelFinding } from './model';

const SEVERITY_LABEL: Record<Severity, IndicatorTextKey> = { high: 'severityHigh', warning: 'severityWarning', info: 'severityInfo' };

export function Indicator({ model, actions }: { model: IndicatorModel; actions: IndicatorActions }) {
  const [open, setOpen] = useState(false);
  const badgeRef = useRef<HTMLButtonElement>(null);
  const t = (key: IndicatorTextKey, data?: Record<string, string>) => fill(INDICATOR_TEXT[key][model.lang], data);
  const count = model.findings.length;
  const setOpenState = (next: boolean) => {
    setOpen(next);
    actions.onOpenChange?.(next);
    if (!next) badgeRef.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpenState(false);
    };
    const root = badgeRef.current?.getRootNode() as ShadowRoot | undefined;
    root?.addEventListener('keydown', onKey as EventListener);
    return () => root?.removeEventListener('keydown', onKey as EventListener);
  }, [open]);
  const sevClass = model.severity ?? 'clean';
  return (
    <div class="root">
      {model.crisis && (
        <div class="crisis" role="note" aria-label={t('crisisLabel')}>
          {model.crisis}
        </div>
      )}
      <button
        ref={badgeRef}
        type="button"
        class={`badge ${sevClass}`}
        aria-expanded={open}
        aria-haspopup="dialog"
        aria-label={count > 0 ? t('badgeLabel', { count: String(count) }) : t('badgeClean')}
        title={count > 0 ? t('badgeLabel', { count: String(count) }) : t('badgeClean')}
        onClick={() => setOpenState(!open)}
      >
        {count > 0 ? String(count) : '✓'}
      </button>
      <div class="sr" role="status" aria-live="assertive">{model.announcement}</div>
      {open && (
        <div class={model.below ? 'panel below' : 'panel'} role="dialog" aria-label={t('panelTitle')}>
          <button type="button" class="close" aria-label={t('close')} onClick={() => setOpenState(false)}>×</button>
          <h2>{t('panelTitle')}</h2>
          <label class="switch">
            <input
              type="checkbox"
              checked={model.official}
              disabled={model.officialLocked}
              onChange={(e) => actions.onOfficialChange((e.currentTarget as HTMLInputElement).checked)}
            />
            {t('official')}
          </label>
          {count === 0 ? <p>{t('noFindings')}</p> : (
            <ul>
              {model.findings.map((f) => <FindingItem key={f.key} f={f} t={t} url={model.guidelinesUrl} onIgnore={actions.onIgnore} />)}
            </ul>
          )}
          {model.ignoredCount > 0 && <p class="note">{t('ignoredCount', { count: String(model.ignoredCount) })}</p>}
          <p class="note">{t('privacyNote')}</p>
        </div>
      )}
    </div>
  );
}

function FindingItem({ f, t, url, onIgnore }: {
  f: PanelFinding;
  t: (key: IndicatorTextKey, data?: Record<string, string>) => string;
  url: string;
  onIgnore: (key: string) => void;
}) {
  return (
    <li>
      <div>
        <span class={`sev ${f.severity}`}>{t(SEVERITY_LABEL[f.severity])}</span>
        <span class="gl">{t('guideline', { n: String(f.guideline) })}: {f.guidelineTitle}</span>
      </div>
      {f.excerpt && <span class="excerpt">{f.excerpt}</span>}
      <p class="msg">{f.message}</p>
      {f.suggestion && <p class="sugg">{t('suggestion')} {f.suggestion}</p>}
      {!url && f.guidelineText && (
        <details>
          <summary>{t('readGuideline')}</summary>
          <p class="sugg">{f.guidelineText}</p>
        </details>
      )}
      <div class="row">
        {url && <a href={url} target="_blank" rel="noopener noreferrer">{t('readGuideline')}</a>}
        <button type="button" class="link" onClick={() => onIgnore(f.key)}>{t('ignore')}</button>
      </div>
    </li>
  );
}
