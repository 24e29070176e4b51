/**
 * The G7, G8, G9 and G12 rules (and configured extra terms) on adversarial
 * 100k-character input: each input analyses in well under 50 ms, and ten times
 * the text takes about ten times as long (no quadratic walk). Timings are CPU
 * time of the fastest of several runs, without the text preparation that all
 * rules share, since the machine may be busy with other work.
 */
import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/analyze';
import { RULES } from '../../src/rules';

const MINE = RULES.filter((r) => /^(g7|g8|g9|g12|config-extra-terms)-/.test(r.meta.id));
const options = { context: 'official' as const, attachments: { images: 1 }, config: { extraTerms: { '4': ['lønn*', 'ho på lageret'] } } };

/** CPU milliseconds of the fastest run (CPU time, so waiting for a busy machine does not count). */
function fastestCpu(rules: typeof MINE, text: string, runs: number): number {
  let best = Infinity;
  for (let k = 0; k < runs; k += 1) {
    const c0 = process.cpuUsage();
    runRules(rules, text, options);
    const used = process.cpuUsage(c0);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** Time of these rules alone: the run with them minus the run without (text preparation). */
function fastest(text: string, runs = 5): number {
  return Math.max(0, fastestCpu(MINE, text, runs) - fastestCpu([], text, runs));
}

const unit = 'Hei Kari! Søknaden din (sak 24/1234) er motteken. Sjå https://bit.ly/abc. Bilete frå sjukeheimen. Kanskje du skulle lesa nettsida? Send meg personnummeret ditt på Messenger. ';
const inputs: Record<string, (n: number) => string> = {
  'http://': (n) => 'http://'.repeat(n / 7),
  'a.': (n) => 'a.'.repeat(n / 2),
  '@': (n) => '@'.repeat(n),
  digits: (n) => '1'.repeat(n),
  'digits and slashes': (n) => '24/1234 '.repeat(n / 8),
  'caps words': (n) => 'ULVIK HERAD SÅ '.repeat(n / 15),
  '!!!': (n) => '!'.repeat(n),
  'camera emoji': (n) => '📸 bilete skule '.repeat(n / 16),
  'dense findings': (n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n),
};

describe('G7, G8, G9, G12 rules on adversarial input', () => {
  // The 50 ms goal itself is held by `npm run bench` (benchmarks, not timed tests, hold speed goals);
  // this test guards the shape: no super-linear growth that a busy machine could not explain.
  it.each(Object.keys(inputs))('%s: grows linearly from 10k to 100k characters', (name) => {
    const make = inputs[name];
    fastest(make(10_000), 2); // warm up
    const small = fastest(make(10_000));
    const big = fastest(make(100_000));
    // Linear: ten times the text, at most ~30 times the time (generous: timings on a shared machine are noisy).
    expect(big, `${name}: 10k ${small.toFixed(2)} ms, 100k ${big.toFixed(2)} ms`).toBeLessThan(Math.max(30 * small, 20));
  });
});
