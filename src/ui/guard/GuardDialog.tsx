/** The last prompt before a post goes out: what was found, "Endre" and (unless blocked) "Publiser likevel". */
import { useEffect, useRef } from 'preact/hooks';
import { fill } from '../../engine/messages';
import { GUARD_TEXT } from '../../i18n/guard';
import { trapKeys } from './focus-trap';
import type { GuardActions, GuardModel } from './model';

export function GuardDialog({ model, actions }: { model: GuardModel; actions: GuardActions }) {
  const editRef = useRef<HTMLButtonElement>(null);
  const t = (key: keyof typeof GUARD_TEXT, data?: Record<string, string>) => fill(GUARD_TEXT[key][model.lang], data);
  useEffect(() => {
    editRef.current?.focus();
  }, []);
  return (
    <div class="backdrop">
      <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="varsam-guard-title" aria-describedby="varsam-guard-intro" onKeyDown={trapKeys(actions.onEdit)}>
        <h2 id="varsam-guard-title">{t('title')}</h2>
        <p id="varsam-guard-intro">{t('intro')}</p>
        <ul>
          {model.findings.map((f, i) => (
            <li key={i} data-guideline={f.guideline} data-severity={f.severity}>
              <span class={`sev ${f.severity}`}>{t(f.severity)}</span>
              <span class="gl">{t('guideline', { n: String(f.guideline) })}{f.guidelineTitle ? `: ${f.guidelineTitle}` : ''}</span>
              {f.excerpt ? <span class="excerpt">{f.excerpt}</span> : null}
              <p>{f.message}</p>
            </li>
          ))}
        </ul>
        {model.more > 0 ? <p>{t('more', { count: String(model.more) })}</p> : null}
        {model.allowPost ? null : <p class="note" role="note">{t('blocked')}</p>}
        <div class="actions">
          <button type="button" class="primary edit" ref={editRef} onClick={actions.onEdit}>{t('edit')}</button>
          {model.allowPost ? <button type="button" class="post" onClick={actions.onPostAnyway}>{t('postAnyway')}</button> : null}
        </div>
      </div>
    </div>
  );
}
