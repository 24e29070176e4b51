import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ULVIK_PACK } from '../../src/guidelines/ulvik';

const seed = readFileSync(new URL('../../../shared/seed/retningslinjer-ulvik-herad.txt', import.meta.url), 'utf8');
const bullets = seed
  .split('\n')
  .filter((l) => l.startsWith('- '))
  .map((l) => l.slice(2).trim());

describe('Ulvik guideline pack', () => {
  it('has the twelve guidelines G1–G12 in order', () => {
    expect(ULVIK_PACK.guidelines.map((g) => g.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
  it('keeps the Nynorsk text verbatim from the seed', () => {
    expect(bullets).toHaveLength(12);
    ULVIK_PACK.guidelines.forEach((g, i) => expect(g.text.nn).toBe(bullets[i]));
  });
  it('has a title and text in nn, nb and en for every guideline', () => {
    for (const g of ULVIK_PACK.guidelines) {
      for (const lang of ['nn', 'nb', 'en'] as const) {
        expect(g.title[lang].length).toBeGreaterThan(3);
        expect(g.text[lang].length).toBeGreaterThan(20);
      }
    }
  });
});
