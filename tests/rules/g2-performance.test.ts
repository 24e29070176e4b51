/**
 * The G2 scanners on adversarial inputs of 100,000 characters: long digit
 * runs, "a.", "@", "http://", emoji, and texts dense with matches. Each is read
 * in linear time: the scanners alone well under 50 ms, all G2 rules together
 * within a budget that a quadratic walk would blow by orders of magnitude, and
 * time grows about linearly from 10k to 100k characters. The best of several
 * runs is taken and the bounds are loose, so a busy machine (CI, other test
 * files in parallel) does not make the test flaky; `npm run bench` holds the
 * exact speed goals.
 */
import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/analyze';
import { RULES } from '../../src/rules';
import { scanEmails } from '../../src/rules/shared/email-scan';
import { elevenDigitCandidates, scanDigitRuns } from '../../src/rules/shared/idnumbers';

const G2 = RULES.filter((r) => r.meta.guideline === 2);

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const UNITS: Record<string, string> = {
  digits: '1',
  'spaced digits': '12 ',
  'dotted digits': '01.',
  'a.': 'a.',
  '@': '@',
  'a@': 'a@',
  'e-mails': 'kari.nes@gmail.com ',
  'http://': 'http://',
  emoji: '😀',
  'health near names': 'Han Kari kreft ',
  'phones near pronouns': 'ring henne på 915 38 204 ',
  'streets with postcodes': 'Storgata 12, 5730 Ulvik bur i ',
  'own streets': 'eg bur i Storgata 12 ',
  'own family and health': 'mora mi ho kreft ',
  'refusals and buts': 'teieplikt men kan ikkje ',
  'names after contact verbs': 'Ring Anne Kari Ola på 915 38 204. ',
  'e-mails with owners': 'hans kari.nes@gmail.com ',
};

function best(fn: () => unknown, runs = 5): number {
  let min = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

describe('G2 scanners on adversarial input', () => {
  for (const [name, unit] of Object.entries(UNITS)) {
    const text = repeatTo(unit, 100_000);
    it(`${name}: scanners grow linearly`, () => {
      // The 50 ms goal is held by `npm run bench`; this test guards the shape only.
      const small = repeatTo(unit, 10_000);
      const scan = (t: string) => () => {
        elevenDigitCandidates(t, scanDigitRuns(t));
        scanEmails(t);
      };
      const tSmall = best(scan(small));
      const tLarge = best(scan(text));
      expect(tLarge).toBeLessThan(Math.max(30 * tSmall, 200));
    });
    it(`${name}: all G2 rules stay linear`, () => {
      const small = repeatTo(unit, 10_000);
      runRules(G2, small);
      const tSmall = best(() => runRules(G2, small), 3);
      const tLarge = best(() => runRules(G2, text), 3);
      // A quadratic walk would take 100× longer on ten times the text.
      expect(tLarge).toBeLessThan(Math.max(30 * tSmall, 400));
    });
  }
});
