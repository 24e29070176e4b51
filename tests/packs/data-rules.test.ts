import { describe, expect, it } from 'vitest';
import { dataRule, nearRule, patternRule, requiresRule, termsRule, withGuideline } from '../../src/engine/data-rules';
import { runRules } from '../../src/engine/analyze';
import { ruleTester } from '../helpers/rule-tester';

const message = { nn: 'Nemner «{term}».', nb: 'Nevner «{term}».', en: 'Mentions “{term}”.' };

ruleTester(termsRule({ id: 'test-terms', type: 'terms', guideline: 2, severity: 'warning', message, terms: ['pasientjournal*', 'unntatt offentlighet'], exclude: ['pasientjournalsystem'] }), {
  valid: ['Vi har fått nytt pasientjournalsystem.', 'Offentlighet er viktig.'],
  invalid: [
    { text: 'Pasientjournalen hans lå framme.', messageId: 'match', excerpt: 'Pasientjournalen' },
    { text: 'Dokumentet er unntatt  offentlighet.', excerpt: 'unntatt  offentlighet' },
  ],
});

ruleTester(nearRule({ id: 'test-near', type: 'near', guideline: 3, severity: 'warning', message, a: ['flom*', 'ras'], b: ['nå', 'i dag'], window: 4, sameSentence: true }), {
  valid: ['Flommen i 2014 var stor.', 'Det gjekk eit ras. I dag er det sol og fint og varmt.', 'Ras var tema på kurset, og vi lærte mykje om sikring av vegar nå.'],
  invalid: [{ text: 'Flaumen, nei flommen stig nå!', count: 1 }, { text: 'I dag gjekk det eit ras ved skulen.' }],
});

ruleTester(requiresRule({ id: 'test-requires', type: 'requires', guideline: 3, severity: 'warning', message, if: ['ordfører*'], then: ['egne vegne', 'privat*'] }), {
  valid: ['Ordføreren tar feil. Dette er min private mening.', 'Skolen er fin.', 'På egne vegne: ordføreren bør gå.'],
  invalid: [{ text: 'Ordføreren tar feil, og ordføreren vet det.', count: 1, excerpt: 'Ordføreren' }],
});

ruleTester(patternRule({ id: 'test-pattern', type: 'pattern', guideline: 2, severity: 'high', message, validator: 'national-id' }), {
  valid: ['Ring 02013299998 i morgon.', 'Ordrenummer 12345678901.'],
  invalid: [{ text: 'Fnr: 020132 99997', severity: 'high', excerpt: '020132 99997' }],
});

ruleTester(patternRule({ id: 'test-pattern-near', type: 'pattern', guideline: 8, severity: 'warning', message, validator: 'case-number', near: ['sak*'], window: 3 }), {
  valid: ['Rapporten 2024/1234 er klar.', 'Saka er klar. Dei andre tala var 2024/1234 og 2024/1235 og så vidare.'],
  invalid: [{ text: 'Saka di (2024/1234) er ferdig.', excerpt: '2024/1234' }],
});

describe('data rules', () => {
  it('dataRule dispatches on the type and keeps the metadata', () => {
    const rule = dataRule({ id: 'x-terms', type: 'terms', guideline: 5, severity: 'info', message, terms: ['hei'], contexts: ['official'] });
    expect(rule.meta).toMatchObject({ id: 'x-terms', guideline: 5, severity: 'info', contexts: ['official'] });
    expect(runRules([rule], 'hei', { context: 'private' })).toEqual([]);
    expect(runRules([rule], 'hei', { context: 'official' })).toHaveLength(1);
  });

  it('fills {term} in all three languages', () => {
    const [f] = runRules([termsRule({ id: 't', type: 'terms', guideline: 1, severity: 'warning', message, terms: ['epikrise*'] })], 'Les epikrisen', {}, true);
    expect(f.message).toEqual({ nn: 'Nemner «epikrisen».', nb: 'Nevner «epikrisen».', en: 'Mentions “epikrisen”.' });
  });

  it('withGuideline renumbers a rule without changing its check', () => {
    const base = termsRule({ id: 't', type: 'terms', guideline: 2, severity: 'warning', message, terms: ['hemmeleg'] });
    const moved = withGuideline(base, 7);
    expect(runRules([moved], 'Dette er hemmeleg')[0].guideline).toBe(7);
    expect(withGuideline(base, 2)).toBe(base);
  });
});
