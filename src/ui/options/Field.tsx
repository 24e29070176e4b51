/** A fieldset with a legend, an optional hint and a lock note when a policy sets the value. */
import type { ComponentChildren } from 'preact';
import type { Lang } from '../../engine/types';
import { LockedNote } from '../components/LockedNote';

interface Props {
  id: string;
  legend: string;
  hint?: string;
  locked: boolean;
  org: string;
  lang: Lang;
  children: ComponentChildren;
}

export function Field({ id, legend, hint, locked, org, lang, children }: Props) {
  return (
    <fieldset class={`field${locked ? ' field-locked' : ''}`} id={id} data-locked={locked ? 'true' : 'false'} disabled={locked}>
      <legend>{legend}</legend>
      {locked && <LockedNote id={`${id}-locked`} org={org} lang={lang} />}
      {hint && (
        <p class="muted small" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
    </fieldset>
  );
}
