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
    // Issue 4: the browser decides only where it is nb or nn; otherwise Nynorsk, the default.
    expect(resolveLanguage(DEFAULT_SETTINGS, ['en-GB'])).toBe('nn');
    expect(resolveLanguage(DEFAULT_SETTINGS, ['en-US', 'nb'])).toBe('nb');
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
    expect(toEngineConfig({ ...DEFAULT_SETTINGS, guidelinePack: { organization: 'Fjordvik kommune' } }).organizationNames).toEqual(['fjordvik']);
  });
});

describe('packRules', () => {
  it('gives no rules for the default pack and compiled rules for a custom one', async () => {
    const { packRules } = await import('../../src/config/pack-rules');
    const { validateLayer } = await import('../../src/config/validate');
    const { analyze } = await import('../../src/engine');
    expect(packRules(DEFAULT_SETTINGS)).toBeUndefined();
    const raw = { format: 'varsam-pack/1', id: 'p', organization: 'P', guidelines: [{ id: 1, title: 'T', text: 'x' }], rules: [{ id: 'p-secret', type: 'terms', guideline: 1, message: 'm', terms: ['hemmelig'] }] };
    const pack = validateLayer({ guidelinePack: raw }, 'policy').values.guidelinePack;
    const rules = packRules({ ...DEFAULT_SETTINGS, guidelinePack: pack });
    expect(rules?.map((r) => r.meta.id)).toEqual(['config-extra-terms-g1', 'p-secret']);
    expect(analyze('Dette er hemmelig', { rules }).map((f) => f.rule)).toEqual(['p-secret']);
    expect(packRules({ ...DEFAULT_SETTINGS, guidelinePack: raw })?.map((r) => r.meta.id)).toContain('p-secret');
    expect(packRules({ ...DEFAULT_SETTINGS, guidelinePack: { format: 'bad' } })).toBeUndefined();
  });
});
