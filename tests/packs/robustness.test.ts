/** Arbitrary input never makes pack or settings validation throw, and what passes compiles and runs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeLayers } from '../../src/config/merge';
import { validateLayer } from '../../src/config/validate';
import { analyze } from '../../src/engine';
import { compilePack, parsePack, validatePack } from '../../src/packs';

const term = fc.string({ minLength: 1, maxLength: 12 });
const localized = fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), fc.record({ nn: fc.string({ minLength: 1, maxLength: 20 }) }));
const ruleArb = fc.oneof(
  fc.record({ id: fc.constantFrom('r-a', 'r-b'), type: fc.constant('terms'), guideline: fc.constantFrom(1, 2, 3), message: localized, terms: fc.array(term, { minLength: 1, maxLength: 4 }) }),
  fc.record({ id: fc.constant('r-n'), type: fc.constant('near'), guideline: fc.constant(1), message: localized, a: fc.array(term, { minLength: 1, maxLength: 3 }), b: fc.array(term, { minLength: 1, maxLength: 3 }), window: fc.integer({ min: -2, max: 60 }) }),
  fc.record({ id: fc.constant('r-p'), type: fc.constant('pattern'), guideline: fc.constant(2), message: localized, validator: fc.constantFrom('national-id', 'email', 'phone-no', 'x') }),
  fc.anything(),
);
const packArb = fc.record(
  {
    format: fc.constantFrom('varsam-pack/1', 'other'),
    id: fc.constantFrom('p', 'Bad Id'),
    organization: fc.string({ maxLength: 10 }),
    guidelines: fc.array(fc.record({ id: fc.integer({ min: 0, max: 4 }), title: localized, text: localized }), { maxLength: 4 }),
    builtinRules: fc.dictionary(fc.constantFrom('2', '3', '13', 'g3-emergency', 'x'), fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(null))),
    rules: fc.array(ruleArb, { maxLength: 4 }),
  },
  { requiredKeys: [] },
);

describe('robustness', () => {
  it('validatePack never throws; a valid pack compiles and analyses text', () => {
    fc.assert(
      fc.property(packArb, fc.string({ maxLength: 80 }), (raw, text) => {
        const { pack, errors } = validatePack(raw);
        expect(pack === null).toBe(errors.length > 0);
        if (pack) {
          const findings = analyze(text, { rules: compilePack(pack) });
          for (const f of findings) expect(pack.guidelines.map((g) => g.id)).toContain(f.guideline);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('parsePack and validateLayer never throw on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        parsePack(v);
        parsePack(JSON.stringify(v) ?? '');
        validateLayer(v, 'policy');
        validateLayer({ guidelinePack: v, sites: v, crisis: v, extraTerms: v, disabledGuidelines: v }, 'user');
        mergeLayers({ policy: v, user: v, userPack: v });
      }),
      { numRuns: 500 },
    );
  });
});
