import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import { EXTRA_TERM_RULES, extraTermsRule } from '../../src/rules/config/extra-terms';
import { ruleTester } from '../helpers/rule-tester';

const g4 = EXTRA_TERM_RULES.find((r) => r.meta.guideline === 4)!;
const g12 = EXTRA_TERM_RULES.find((r) => r.meta.guideline === 12)!;
const config = { extraTerms: { '4': ['lønnsforhandling*', 'ho på lageret'], '12': ['teamviewer', 'anydesk'] } };

ruleTester(g4, {
  valid: [
    'Fin dag på jobb i dag!',
    { text: 'Lønnsforhandlingane er i gang.', options: { config: { extraTerms: { '3': ['lønnsforhandling*'] } } } },
    { text: 'Lønnsforhandlingane er i gang.', options: { config: { extraTerms: {} } } },
  ],
  invalid: [
    { text: 'Lønnsforhandlingane med sjefen gjekk dårleg.', options: { config }, messageId: 'extra-term', excerpt: 'Lønnsforhandlingane' },
    { text: 'Ho på lageret er alltid sur.', options: { config }, excerpt: 'Ho på lageret' },
  ],
});

ruleTester(g12, {
  valid: [{ text: 'Installer AnyDesk', options: { config: { extraTerms: { '4': ['anydesk'] } } } }],
  invalid: [{ text: 'Installer AnyDesk så eg kan hjelpa deg', options: { config }, excerpt: 'AnyDesk' }],
});

describe('configured extra terms', () => {
  it('report the configured guideline through analyze()', () => {
    const findings = analyze('Kan du installera TeamViewer for meg?', { config }).filter((f) => f.rule.startsWith('config-extra-terms'));
    expect(findings.map((f) => [f.guideline, f.rule, f.severity])).toEqual([[12, 'config-extra-terms-g12', 'warning']]);
  });

  it('are switched off with their guideline', () => {
    const findings = analyze('Kan du installera TeamViewer?', { config: { ...config, disabledGuidelines: [12] } });
    expect(findings.filter((f) => f.rule.startsWith('config-extra-terms'))).toEqual([]);
  });

  it('report info for reminder guidelines (G1, G5, G10)', () => {
    const findings = analyze('Eg skriv om jobben.', { config: { extraTerms: { '1': ['jobben'] } } });
    expect(findings.find((f) => f.rule === 'config-extra-terms-g1')?.severity).toBe('info');
  });

  it('a factory makes a rule for any guideline number', () => {
    const rule = extraTermsRule(13, 'warning');
    expect(rule.meta.id).toBe('config-extra-terms-g13');
    expect(rule.meta.guideline).toBe(13);
  });

  it('ignore bad configuration without throwing', () => {
    expect(() => analyze('tekst', { config: { extraTerms: { '4': 'ikkje ei liste' } } as never })).not.toThrow();
    expect(() => analyze('tekst', { config: { extraTerms: { '4': ['', '*', ' '] } } })).not.toThrow();
  });
});
