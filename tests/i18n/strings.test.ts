import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/engine/types';
import { isLang, localized, t, UI_STRINGS, type UiKey } from '../../src/i18n';

function placeholders(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while ((i = text.indexOf('{', i)) >= 0) {
    const close = text.indexOf('}', i);
    if (close < 0) break;
    out.push(text.slice(i + 1, close));
    i = close + 1;
  }
  return out.sort();
}

describe('UI strings', () => {
  const keys = Object.keys(UI_STRINGS) as UiKey[];

  it('has a non-empty text in nn, nb and en for every key', () => {
    expect(keys.length).toBeGreaterThan(50);
    for (const key of keys) for (const lang of LANGS) expect(UI_STRINGS[key][lang].trim(), `${key}.${lang}`).not.toBe('');
  });

  it('uses the same placeholders in every language', () => {
    for (const key of keys) {
      const nn = placeholders(UI_STRINGS[key].nn);
      for (const lang of LANGS) expect(placeholders(UI_STRINGS[key][lang]), `${key}.${lang}`).toEqual(nn);
    }
  });

  it('keeps Nynorsk distinct from Bokmål where the languages differ (spot checks)', () => {
    expect(t('popup.settings', 'nn')).toBe('Innstillingar');
    expect(t('popup.settings', 'nb')).toBe('Innstillinger');
    expect(t('managed.note', 'nn')).toBe('Innstillingane er styrte av organisasjonen din.');
    expect(t('check.heading', 'nn')).toBe('Sjekk ein tekst');
    expect(t('check.heading', 'nb')).toBe('Sjekk en tekst');
  });

  it('fills data and falls back to Nynorsk for an unknown language', () => {
    expect(t('tab.breach', 'en', { count: 3 })).toBe('The text you are writing may breach 3 of the guidelines.');
    expect(t('locked.by', 'nn', { org: 'Ulvik herad' })).toBe('Låst av organisasjonen (Ulvik herad)');
    expect(t('popup.settings', 'de' as never)).toBe('Innstillingar');
    expect(t('locked.by', 'nb')).toBe('Låst av organisasjonen ({org})');
  });

  it('picks a localized text with a Nynorsk fallback', () => {
    expect(localized({ nn: 'a', nb: 'b', en: 'c' }, 'en')).toBe('c');
    expect(localized({ nn: 'a', nb: '', en: 'c' }, 'nb')).toBe('a');
    expect(localized(undefined, 'nb')).toBe('');
    expect(isLang('nn')).toBe(true);
    expect(isLang('no')).toBe(false);
  });

  it('is used: every key appears in the UI code', () => {
    const files = (dir: string): string[] =>
      readdirSync(new URL(dir, import.meta.url), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(`${dir}${e.name}/`) : e.name.endsWith('.tsx') || e.name.endsWith('.ts') ? [readFileSync(new URL(`${dir}${e.name}`, import.meta.url), 'utf8')] : [],
      );
    const code = files('../../src/ui/').join('\n');
    const unused = keys.filter((k) => !code.includes(`'${k}'`) && !k.startsWith('severity.') && k !== 'app.name');
    expect(unused).toEqual([]);
  });
});

describe('manifest locales', () => {
  const dir = new URL('../../public/_locales/', import.meta.url);
  const read = (l: string) => JSON.parse(readFileSync(new URL(`${l}/messages.json`, dir), 'utf8')) as Record<string, { message: string }>;

  it('has nn (default), nb, no and en with the same keys', () => {
    const locales = readdirSync(dir).sort();
    expect(locales).toEqual(['en', 'nb', 'nn', 'no']);
    const keys = Object.keys(read('nn')).sort();
    for (const l of locales) expect(Object.keys(read(l)).sort()).toEqual(keys);
  });

  it('keeps descriptions within the Chrome Web Store limit of 132 characters', () => {
    for (const l of ['nn', 'nb', 'no', 'en']) expect(read(l).extDescription.message.length).toBeLessThanOrEqual(132);
  });

  it('uses Bokmål for "no", which Chrome uses for Norwegian', () => {
    expect(read('no').extDescription.message).toBe(read('nb').extDescription.message);
    expect(read('nn').extDescription.message).not.toBe(read('nb').extDescription.message);
  });
});
