/** The example pack in examples/ loads, compiles and checks texts in Bokmål and English. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import { compilePack, loadPackFile } from '../../src/packs';

const text = readFileSync(new URL('../../examples/fjordvik-kommune.pack.json', import.meta.url), 'utf8');
const { pack, errors } = loadPackFile(text);

function guidelines(t: string, context: 'private' | 'official' = 'private'): number[] {
  const rules = compilePack(pack!);
  return [...new Set(analyze(t, { rules, context }).filter((f) => f.severity !== 'info').map((f) => f.guideline))].sort((a, b) => a - b);
}

describe('examples/fjordvik-kommune.pack.json', () => {
  it('is a valid pack', () => {
    expect(errors).toEqual([]);
    expect(pack?.organization).toBe('Fjordvik kommune');
    expect(pack?.guidelines.map((g) => g.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('reports under its own guideline numbers', () => {
    expect(guidelines('Fødselsnummeret hennes er 020132 99997.')).toEqual([1]);
    expect(guidelines('Overfør til kontonummer 1503.12.34562 i dag.')).toEqual([1]);
    expect(guidelines('Epikrisen fra sykehuset viser at han er syk.')).toEqual([1]);
    expect(guidelines('Ordføreren tar feil om skolestrukturen.')).toEqual([2]);
    expect(guidelines('Det har gått et jordskred ved skolen nå, alle evakueres!')).toEqual([4]);
    expect(guidelines('Saken din, 2024/1234, er behandlet.')).toEqual([5]);
  });

  it('leaves ordinary posts alone', () => {
    expect(guidelines('Ordføreren tar feil om skolestrukturen. Dette er mitt personlige syn, ikke arbeidsgiverens.')).toEqual([]);
    expect(guidelines('Vi hadde brannøvelse i dag, alt gikk fint.')).toEqual([]);
    expect(guidelines('Flott konsert i kulturhuset i går!')).toEqual([]);
  });

  it('moves a single built-in rule to another guideline and applies extraTerms by the pack numbers', () => {
    const rules = compilePack(pack!);
    expect(rules.find((r) => r.meta.id === 'g3-emergency')?.meta.guideline).toBe(4);
    expect(rules.find((r) => r.meta.id === 'g3-own-behalf')?.meta.guideline).toBe(2);
    const found = analyze('Vi bruker Gerica hver dag.', { rules, config: { extraTerms: { '5': ['gerica'] } } });
    expect(found.map((f) => [f.rule, f.guideline])).toEqual([['config-extra-terms-g5', 5]]);
  });

  it('keeps built-in rules only for mapped guidelines, renumbered', () => {
    const rules = compilePack(pack!);
    const builtin = rules.filter((r) => !r.meta.id.startsWith('fjordvik-'));
    for (const r of builtin) expect(pack!.guidelines.map((g) => g.id)).toContain(r.meta.guideline);
    expect(compilePack(pack!)).toBe(rules);
  });
});
