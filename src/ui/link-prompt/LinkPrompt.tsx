/** Before a suspicious link in received content opens: why it may be dangerous, "Opne likevel" and "Avbryt". */
import { useEffect, useRef } from 'preact/hooks';
import { fill } from '../../engine/messages';
import { LINK_PROMPT_TEXT } from '../../i18n/guard';
import { trapKeys } from '../guard/focus-trap';
import type { LinkPromptActions, LinkPromptModel } from './model';

export function LinkPrompt({ model, actions }: { model: LinkPromptModel; actions: LinkPromptActions }) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const t = (key: keyof typeof LINK_PROMPT_TEXT, data?: Record<string, string>) => fill(LINK_PROMPT_TEXT[key][model.lang], data);
  useEffect(() => {
    cancelRef.current?.focus();
  }, []);
  return (
    <div class="backdrop">
      <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="varsam-link-title" onKeyDown={trapKeys(actions.onCancel)}>
        <h2 id="varsam-link-title">{t('title')}</h2>
        <p>{t('intro', { host: model.host || '?' })}</p>
        <ul>
          {model.reasons.map((r, i) => <li key={i}>{r}</li>)}
        </ul>
        <p>{t('advice')}</p>
        <div class="actions">
          <button type="button" class="primary cancel" ref={cancelRef} onClick={actions.onCancel}>{t('cancel')}</button>
          <button type="button" class="open" onClick={actions.onOpen}>{t('open')}</button>
        </div>
      </div>
    </div>
  );
}
