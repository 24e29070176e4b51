/** Fills "{name}" placeholders in localized messages. No regular expression. */
import type { Lang, Localized } from './types';
import { LANGS } from './types';

export function fill(template: string, data: Record<string, string> | undefined): string {
  if (!data) return template;
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const close = template.indexOf('}', open + 1);
    if (close < 0) break;
    const key = template.slice(open + 1, close);
    out += template.slice(i, open);
    out += Object.prototype.hasOwnProperty.call(data, key) ? data[key] : template.slice(open, close + 1);
    i = close + 1;
  }
  return out + template.slice(i);
}

export function fillLocalized(text: Localized, data: Record<string, string> | undefined): Localized {
  const out = {} as Localized;
  for (const lang of LANGS) out[lang] = fill(text[lang], data);
  return out;
}

export function pick(text: Localized, lang: Lang): string {
  return text[lang] ?? text.nn;
}
