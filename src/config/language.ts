/** The UI language: the setting (or policy), else the browser's language where it is nb or nn (no → nb), else Nynorsk. */
import type { Settings } from './types';

export function resolveLanguage(s: Settings, navigatorLanguages: readonly string[]): 'nn' | 'nb' | 'en' {
  if (s.language === 'nn' || s.language === 'nb' || s.language === 'en') return s.language;
  for (const raw of navigatorLanguages) {
    const tag = String(raw).toLowerCase();
    const primary = tag.split('-')[0];
    if (primary === 'nn') return 'nn';
    if (primary === 'nb' || primary === 'no') return 'nb';
  }
  return 'nn';
}
