import { describe, expect, it } from 'vitest';
import { validateLayer } from '../../src/config/validate';

describe('validateLayer', () => {
  it('keeps valid values and cleans lists', () => {
    const { values, errors } = validateLayer(
      {
        organization: ' Fjordvik kommune ',
        guidelinesUrl: 'https://fjordvik.kommune.no/retningslinjer',
        language: 'nb',
        disabledGuidelines: [7, 3, 3],
        disabledRules: ['G4-Colleague-Names'],
        colleagueNames: ['Kari Nordmann', 'Kari Nordmann', ' Ola '],
        officialDomains: ['Fjordvik.Kommune.no'],
        extraTerms: { '4': ['Sjefen', 'sjefen'] },
        sites: { add: ['intranett.fjordvik.kommune.no'], skip: ['x'] },
        crisis: { active: true },
        lockSettings: true,
        sendGuard: 'block-high',
      },
      'policy',
    );
    expect(errors).toEqual([]);
    expect(values).toMatchObject({
      organization: 'Fjordvik kommune',
      disabledGuidelines: [3, 7],
      disabledRules: ['g4-colleague-names'],
      colleagueNames: ['Kari Nordmann', 'Ola'],
      officialDomains: ['fjordvik.kommune.no'],
      extraTerms: { '4': ['sjefen'] },
      sites: { add: ['intranett.fjordvik.kommune.no'], skip: ['x'] },
      crisis: { active: true, message: '' },
    });
  });

  it('drops a wrong type with a clear message and keeps the rest', () => {
    const { values, errors } = validateLayer({ organization: 'Fjordvik kommune', disabledGuidelines: 'all', language: 'de' }, 'policy');
    expect(values).toEqual({ organization: 'Fjordvik kommune' });
    expect(errors).toEqual([
      'policy value disabledGuidelines must be a list of numbers 1–99 (the guideline numbers, 1–12 for Ulvik); ignored',
      'policy value language must be one of auto, nn, nb, en; ignored',
    ]);
  });

  it('names unknown keys; stored user settings fall back to the defaults', () => {
    expect(validateLayer({ colour: 'red' }, 'policy').errors).toEqual(['policy value colour is unknown; ignored']);
    expect(validateLayer({ colour: 'red', crisis: 'yes' }, 'user').errors).toEqual([
      'stored setting colour is unknown; using the default',
      'stored setting crisis must be an object with "active" (true or false) and "message" (text); using the default',
    ]);
    expect(validateLayer('nonsense', 'user').errors).toEqual(['stored settings must be an object; using the defaults']);
    expect(validateLayer(null, 'policy')).toEqual({ values: {}, errors: [] });
  });

  it('checks host names, addresses and nested objects', () => {
    const { errors } = validateLayer(
      {
        officialDomains: ['not a domain'],
        guidelinesUrl: 'javascript:alert(1)',
        sites: { add: ['ok.example.no'], drop: [] },
        extraTerms: { four: ['x'] },
        contextBySite: { facebook: 'public' },
        sendGuard: true,
      },
      'policy',
    );
    expect(errors).toEqual([
      'policy value officialDomains must be a list of host names ("ulvik.kommune.no") ("not a domain" is not valid); ignored',
      'policy value guidelinesUrl must be an http or https address; ignored',
      'policy value sites must be an object with "add" (host names) and "skip" (site ids or host names) (unknown key "drop"); ignored',
      'policy value extraTerms must be an object from guideline number ("4") to a list of terms (key "four" is not a guideline number); ignored',
      'policy value contextBySite must be an object from site id or host name to "private" or "official" ("facebook"); ignored',
      'policy value sendGuard must be one of off, confirm, block-high; ignored',
    ]);
  });

  it('validates a guideline pack given as JSON text and rejects a bad one with the reason', () => {
    const pack = { format: 'varsam-pack/1', id: 'p', organization: 'P', guidelines: [{ id: 1, title: 'T', text: 'x' }] };
    expect(validateLayer({ guidelinePack: JSON.stringify(pack) }, 'policy').values.guidelinePack).toMatchObject({ id: 'p' });
    const bad = validateLayer({ guidelinePack: '{"format": "x"}' }, 'policy');
    expect(bad.values).toEqual({});
    expect(bad.errors[0]).toMatch(/^policy value guidelinePack must be a valid guideline pack \(JSON\) \(format must be "varsam-pack\/1"; /);
  });
});
