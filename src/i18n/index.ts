/**
 * UI strings for the popup and the options page in Nynorsk (the default),
 * Bokmål and English, with a typed lookup: t('popup.settings', 'nb').
 * Guideline titles and texts come from the guideline pack, not from here.
 */
import { fill } from '../engine/messages';
import type { Lang, Localized } from '../engine/types';
import { LANGS } from '../engine/types';
import { COMMON_STRINGS } from './strings/common';
import { OPTIONS_STRINGS } from './strings/options';
import { POPUP_STRINGS } from './strings/popup';

export const UI_STRINGS = { ...COMMON_STRINGS, ...POPUP_STRINGS, ...OPTIONS_STRINGS } as const;

export type UiKey = keyof typeof UI_STRINGS;

export const DEFAULT_LANG: Lang = 'nn';

/** Names of the languages, each in its own language (what a language picker shows). */
export const LANGUAGE_NAMES: Record<Lang, string> = { nn: 'Nynorsk', nb: 'Bokmål', en: 'English' };

/** The HTML lang attribute for a UI language. */
export const HTML_LANG: Record<Lang, string> = { nn: 'nn', nb: 'nb', en: 'en' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The string for `key` in `lang` (Nynorsk when the language is unknown), with "{name}" filled from data. */
export function t(key: UiKey, lang: Lang, data?: Record<string, string | number>): string {
  const entry: Localized = UI_STRINGS[key];
  const text = entry[isLang(lang) ? lang : DEFAULT_LANG] || entry[DEFAULT_LANG];
  if (!data) return text;
  const strings: Record<string, string> = {};
  for (const [k, v] of Object.entries(data)) strings[k] = String(v);
  return fill(text, strings);
}

/** The text in `lang`, or Nynorsk when that is missing. */
export function localized(text: Localized | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] || text[DEFAULT_LANG] || '';
}
