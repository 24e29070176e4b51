import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/config/defaults';
import { organizationNames, toEngineConfig } from '../../src/config/engine-config';
import { resolveLanguage } from '../../src/config/language';
import { resolveEngineConfig } from '../../src/engine/config';

describe('resolveLanguage', () => {
  it('uses the setting, then the browser languages, then Nynorsk', () => {
    expect(resolveLanguage({ ...DEFAULT_SETTINGS, language: 'en' }, ['nb-NO'])).toBe('en');
    expect(resolveLanguage(DEFAULT_SETTINGS, ['de-DE', 'nn-NO'])).toBe('nn');
    expect(resolveLanguage(DEFAULT_SETTINGS, ['no'])).toBe('nb');
    expect(resolveLanguage(DEFAULT_SETTINGS, ['nb-NO', 'en'])).toBe('nb');
    expect(resolveLanguage(DEFAULT_SETTINGS, ['en-GB'])).toBe('en');
    expect(resolveLanguage(DEFAULT_SETTINGS, ['de'])).toBe('nn');
    expect(resolveLanguage(DEFAULT_SETTINGS, [])).toBe('nn');
  });
});

describe('toEngineConfig', () => {
  it('gives a configuration the engine accepts without errors', () => {
    const s = { ...DEFAULT_SETTINGS, organization: 'Fjordvik kommune', colleagueNames: ['Kari'], crisis: { active: true, message: 'x' }, extraTerms: { '4': ['sjefen'] } };
    const cfg = toEngineConfig(s);
    expect(resolveEngineConfig(cfg).errors).toEqual([]);
    expect(cfg).toMatchObject({ organizationNames: ['fjordvik'], colleagueNames: ['Kari'], crisisActive: true, extraTerms: { '4': ['sjefen'] } });
    expect(organizationNames('Ulvik herad')).toEqual(['ulvik']);
    expect(toEngineConfig({ ...DEFAULT_SETTINGS, organization: '' }).organizationNames).toBeUndefined();
  });
});
