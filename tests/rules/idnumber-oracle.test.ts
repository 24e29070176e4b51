/**
 * Compares validateNationalId with NAV's @navikt/fnrvalidator on 120,000
 * generated numbers: a mix of valid ones (dates of every kind, control digits
 * computed, the first one by the pre- and post-2032 rule) and invalid ones
 * (a spoiled digit, an impossible date, random digits).
 *
 * Where the two disagree by design:
 * - FH-numbers (first digit 8 or 9) have no date. The oracle reads them as
 *   D-numbers with an impossible day and rejects them; we accept them when the
 *   control digits pass.
 * - Norsk helsenett's synthetic numbers add 65 to the month (66–77). The
 *   oracle reads month digits 6–7 as an H-number with an impossible month; we
 *   accept them.
 * Every other number must get the same verdict, and valid ones the same kind
 * (the oracle's "tnr" is our "synthetic"; "dnr-and-hnr" is an H-number and
 * "dnr-and-tnr" a synthetic number for us, since the month offset marks the
 * series).
 */
import { idnr } from '@navikt/fnrvalidator';
import { describe, expect, it } from 'vitest';
import { nationalIdChecksumOk, validateNationalId, type NationalIdKind } from '../../src/rules/shared/idnumbers';
import { completeId } from './g2-idnumber-gen';

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function generate(count: number, seed: number): string[] {
  const r = rng(seed);
  const int = (n: number) => Math.floor(r() * n);
  const out: string[] = [];
  while (out.length < count) {
    const mode = r();
    if (mode < 0.15) {
      // random digits
      let s = '';
      for (let i = 0; i < 11; i += 1) s += int(10);
      out.push(s);
      continue;
    }
    let day = 1 + int(31);
    let month = 1 + int(12);
    const year = int(100);
    const kind = r();
    if (kind < 0.2) day += 40; // D
    else if (kind < 0.3) month += 40; // H / NAV synthetic
    else if (kind < 0.4) month += 80; // Tenor
    else if (kind < 0.45) month += 65; // Norsk helsenett
    else if (kind < 0.5) {
      day = 80 + int(20); // FH: first digit 8 or 9
    } else if (kind < 0.55) {
      day += 40;
      month += 80; // synthetic D-number
    }
    const stem = `${pad(day)}${pad(month)}${pad(year)}${pad(int(1000), 3)}`;
    const id = completeId(stem, r() < 0.7 ? 0 : 1 + int(3));
    if (!id) continue;
    const spoil = r();
    if (spoil < 0.15) {
      const pos = int(11);
      out.push(id.slice(0, pos) + ((Number(id[pos]) + 1 + int(9)) % 10) + id.slice(pos + 1));
    } else out.push(id);
  }
  return out;
}

const ORACLE_KIND: Record<string, NationalIdKind> = {
  fnr: 'fnr',
  dnr: 'dnr',
  hnr: 'hnr',
  tnr: 'synthetic',
  'dnr-and-hnr': 'hnr',
  'dnr-and-tnr': 'synthetic',
};

function byDesign(id: string): boolean {
  const month = Number(id.slice(2, 4));
  return id[0] === '8' || id[0] === '9' || (month >= 66 && month <= 77);
}

describe('validateNationalId against @navikt/fnrvalidator', () => {
  const numbers = generate(120_000, 20260125);

  it('agrees on every number outside the documented differences', () => {
    let valid = 0;
    let invalid = 0;
    let designValid = 0;
    const disagreements: string[] = [];
    for (const id of numbers) {
      const ours = validateNationalId(id);
      const theirs = idnr(id);
      if (ours.valid) valid += 1;
      else invalid += 1;
      if (byDesign(id)) {
        if (ours.valid) designValid += 1;
        // The oracle never accepts these; we may.
        if (theirs.status === 'valid') disagreements.push(`${id}: oracle valid in a by-design range`);
        continue;
      }
      const theirsValid = theirs.status === 'valid';
      if (ours.valid !== theirsValid) disagreements.push(`${id}: ours ${ours.valid}, oracle ${theirs.status}`);
      else if (theirs.status === 'valid' && ORACLE_KIND[theirs.type] !== ours.kind) disagreements.push(`${id}: kind ${ours.kind} vs ${theirs.type}`);
    }
    expect(disagreements.slice(0, 10)).toEqual([]);
    expect(numbers.length).toBeGreaterThanOrEqual(100_000);
    // both sides well represented
    expect(valid).toBeGreaterThan(40_000);
    expect(invalid).toBeGreaterThan(20_000);
    expect(designValid).toBeGreaterThan(5_000);
  });

  it('decides the by-design ranges by control digits (and the date for Norsk helsenett numbers)', () => {
    let checked = 0;
    for (const id of numbers.filter(byDesign)) {
      const ours = validateNationalId(id);
      let expected = nationalIdChecksumOk(id);
      if (id[0] !== '8' && id[0] !== '9') {
        let day = Number(id.slice(0, 2));
        if (day > 40) day -= 40;
        const month = Number(id.slice(2, 4)) - 65;
        const year = 2000 + Number(id.slice(4, 6));
        const date = new Date(Date.UTC(year, month - 1, day));
        expected &&= date.getUTCMonth() + 1 === month && date.getUTCDate() === day;
      }
      expect(ours.valid, id).toBe(expected);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(10_000);
  });
});
