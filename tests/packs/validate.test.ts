import { describe, expect, it } from 'vitest';
import { parsePack, validatePack } from '../../src/packs';

const minimal = {
  format: 'varsam-pack/1',
  id: 'test-kommune',
  organization: 'Test kommune',
  guidelines: [{ id: 1, title: 'Teieplikt', text: { nb: 'Hold taushetsplikten.' } }],
  rules: [{ id: 'test-rule', type: 'terms', guideline: 1, message: 'Nevner {term}', terms: ['hemmelig*'] }],
};

function errorsOf(patch: Record<string, unknown>): string[] {
  const r = validatePack({ ...minimal, ...patch });
  expect(r.pack).toBeNull();
  return r.errors;
}

describe('validatePack', () => {
  it('accepts a minimal pack and fills in defaults and languages', () => {
    const { pack, errors } = validatePack(minimal);
    expect(errors).toEqual([]);
    expect(pack?.guidelines[0]).toEqual({ id: 1, kind: 'check', title: { nn: 'Teieplikt', nb: 'Teieplikt', en: 'Teieplikt' }, text: { nn: 'Hold taushetsplikten.', nb: 'Hold taushetsplikten.', en: 'Hold taushetsplikten.' } });
    expect(pack?.rules[0]).toMatchObject({ severity: 'warning', terms: ['hemmelig*'] });
    expect(pack?.builtinRules).toEqual({});
    expect(pack?.source.nb).toBe('Test kommune');
  });

  it('parses JSON text and reports broken JSON', () => {
    expect(parsePack(JSON.stringify(minimal)).pack?.id).toBe('test-kommune');
    expect(parsePack('{"format": ').errors[0]).toMatch(/^the pack is not valid JSON/);
    expect(parsePack('').errors).toEqual(['the pack is empty']);
    expect(parsePack(42).errors).toEqual(['the pack must be a JSON object']);
  });

  it('rejects a wrong format, id and empty guidelines with reasons', () => {
    expect(errorsOf({ format: 'x' })).toContain('format must be "varsam-pack/1"');
    expect(errorsOf({ id: 'Has Spaces' })[0]).toMatch(/^id must be an id/);
    expect(errorsOf({ guidelines: [] })[0]).toMatch(/^guidelines must be a list/);
    expect(errorsOf({ extra: 1 })).toContain('the pack has an unknown key "extra"');
  });

  it('rejects code and regular expressions: only the fixed rule types and validators exist', () => {
    expect(errorsOf({ rules: [{ id: 'r', type: 'regex', guideline: 1, message: 'x', pattern: '(a+)+$' }] })[0]).toMatch(/^rules\[0\]\.type must be one of terms, near, requires, pattern/);
    expect(errorsOf({ rules: [{ id: 'r', type: 'pattern', guideline: 1, message: 'x', validator: '(a+)+$' }] })[0]).toMatch(/packs cannot bring their own patterns/);
    expect(errorsOf({ rules: [{ id: 'r', type: 'terms', guideline: 1, message: 'x', terms: ['a'], check: 'return 1' }] })).toContain('rules[0] has an unknown key "check"');
  });

  it('checks rule references, severities, windows and term syntax', () => {
    const rule = minimal.rules[0];
    expect(errorsOf({ rules: [{ ...rule, guideline: 9 }] })).toContain("rules[0].guideline must be the id of one of the pack's guidelines");
    expect(errorsOf({ rules: [{ ...rule, severity: 'fatal' }] })).toContain('rules[0].severity must be info, warning or high');
    expect(errorsOf({ rules: [{ ...rule, terms: ['*foo'] }] })[0]).toMatch(/"\*" may only end a word/);
    expect(errorsOf({ rules: [{ ...rule, terms: [] }] })[0]).toMatch(/terms must be a list of 1–5000 terms/);
    expect(errorsOf({ rules: [{ id: 'n', type: 'near', guideline: 1, message: 'x', a: ['a1'], b: ['b1'], window: 500 }] })).toContain('rules[0].window must be a whole number of words, 0–50');
    expect(errorsOf({ rules: [rule, rule] })).toContain('rules has the id "test-rule" twice');
    expect(errorsOf({ rules: [{ ...rule, message: { de: 'x' } }] })).toContain('rules[0].message has an unknown key "de"');
  });

  it('checks the built-in rule mapping', () => {
    expect(validatePack({ ...minimal, builtinRules: { '2': 1 } }).pack?.builtinRules).toEqual({ '2': 1 });
    expect(errorsOf({ builtinRules: { '13': 1 } })[0]).toMatch(/not a default guideline number/);
    expect(errorsOf({ builtinRules: { '2': 5 } })).toContain("builtinRules.2 must be the id of one of the pack's guidelines");
    expect(validatePack({ ...minimal, builtinRules: { '3': 1, 'g3-emergency': null } }).pack?.builtinRules).toEqual({ '3': 1, 'g3-emergency': null });
    expect(errorsOf({ builtinRules: { 'no-such-rule': 1 } })[0]).toMatch(/neither a default guideline number 1–12 nor a built-in rule id/);
    expect(errorsOf({ builtinRules: { '3': null } })).toContain("builtinRules.3 must be the id of one of the pack's guidelines");
  });
});
