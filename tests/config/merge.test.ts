import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/config/defaults';
import { mergeLayers } from '../../src/config/merge';

describe('mergeLayers', () => {
  it('gives the defaults when nothing is stored', () => {
    const r = mergeLayers({ policy: {}, user: undefined });
    expect(r).toEqual({ settings: DEFAULT_SETTINGS, locked: {}, managed: false, errors: [] });
  });

  it('applies user settings over the defaults, and policy over both, locking its keys', () => {
    const r = mergeLayers({ policy: { organization: 'Fjordvik kommune', disabledGuidelines: [7] }, user: { disabledGuidelines: [4], language: 'en' } });
    expect(r.settings.organization).toBe('Fjordvik kommune');
    expect(r.settings.disabledGuidelines).toEqual([7]);
    expect(r.settings.language).toBe('en');
    expect(r.locked).toEqual({ organization: 'policy', disabledGuidelines: 'policy' });
    expect(r.managed).toBe(true);
  });

  it('lockSettings locks every key that turns checks or sites off and ignores the user values for them', () => {
    const r = mergeLayers({ policy: { lockSettings: true }, user: { disabledGuidelines: [2, 4], sites: { add: [], skip: ['facebook'] }, sendGuard: 'off', colleagueNames: ['Per'] } });
    expect(r.settings.disabledGuidelines).toEqual([]);
    expect(r.settings.sites.skip).toEqual([]);
    expect(r.settings.sendGuard).toBe('confirm');
    expect(r.settings.colleagueNames).toEqual(['Per']);
    expect(Object.keys(r.locked).sort()).toEqual(['disabledGuidelines', 'disabledRules', 'guidelinePack', 'lockSettings', 'sendGuard', 'sites']);
  });

  it('keeps everything else working when a policy value is malformed', () => {
    const r = mergeLayers({ policy: { organization: 'Fjordvik kommune', colleagueNames: 'Kari' }, user: {} });
    expect(r.settings.organization).toBe('Fjordvik kommune');
    expect(r.settings.colleagueNames).toEqual([]);
    expect(r.locked.colleagueNames).toBeUndefined();
    expect(r.errors).toEqual(['policy value colleagueNames must be a list of names (text); ignored']);
  });

  it('replaces bad stored user values by the defaults', () => {
    const r = mergeLayers({ policy: {}, user: { disabledGuidelines: ['2'], junk: 1, language: 'nb' } });
    expect(r.settings.disabledGuidelines).toEqual([]);
    expect(r.settings.language).toBe('nb');
    expect(r.errors).toHaveLength(2);
  });

  it('uses a pack the user chose unless policy sets or locks the pack', () => {
    const pack = { format: 'varsam-pack/1', id: 'p', organization: 'P', guidelines: [{ id: 1, title: 'T', text: 'x' }] };
    expect(mergeLayers({ policy: {}, user: {}, userPack: pack }).settings.guidelinePack).toMatchObject({ id: 'p' });
    expect(mergeLayers({ policy: { lockSettings: true }, user: {}, userPack: pack }).settings.guidelinePack).toBeNull();
    const bad = mergeLayers({ policy: {}, user: {}, userPack: { format: 'x' } });
    expect(bad.settings.guidelinePack).toBeNull();
    expect(bad.errors[0]).toMatch(/^stored setting guidelinePack must be a valid guideline pack/);
  });

  it('never shares arrays with DEFAULT_SETTINGS', () => {
    const r = mergeLayers({ policy: {}, user: {} });
    r.settings.colleagueNames.push('x');
    expect(DEFAULT_SETTINGS.colleagueNames).toEqual([]);
  });
});
