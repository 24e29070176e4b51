import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { idnr } from '@navikt/fnrvalidator';
import { findValidated, isAccountNo, isNationalId, isOrgNo, numberRuns } from '../../src/engine/data-validators';

function spans(name: Parameters<typeof findValidated>[0], text: string): string[] {
  return findValidated(name, text.toLowerCase()).map((s) => text.slice(s.start, s.end));
}

function withControls(nine: string): string | null {
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const sum1 = w1.reduce((s, w, i) => s + w * Number(nine[i]), 0);
  const k1 = (11 - (sum1 % 11)) % 11;
  if (k1 === 10) return null;
  const ten = nine + k1;
  const sum2 = w2.reduce((s, w, i) => s + w * Number(ten[i]), 0);
  const k2 = (11 - (sum2 % 11)) % 11;
  if (k2 === 10) return null;
  return ten + k2;
}

describe('national-id validator', () => {
  it('accepts the reference examples, including the 2032 rule', () => {
    expect(isNationalId('02013299997')).toBe(true);
    expect(isNationalId('30108299920')).toBe(true);
    expect(isNationalId('30108299939')).toBe(true);
    expect(isNationalId('02013299998')).toBe(false);
    expect(isNationalId('32133299997')).toBe(false);
  });

  it('agrees with @navikt/fnrvalidator on numbers with standard control digits', () => {
    const dates = fc.record({ d: fc.integer({ min: 1, max: 28 }), m: fc.integer({ min: 1, max: 12 }), y: fc.integer({ min: 0, max: 99 }), i: fc.integer({ min: 0, max: 999 }), dnr: fc.boolean() });
    fc.assert(
      fc.property(dates, ({ d, m, y, i, dnr }) => {
        const p2 = (n: number) => String(n).padStart(2, '0');
        const nine = `${p2(dnr ? d + 40 : d)}${p2(m)}${p2(y)}${String(i).padStart(3, '0')}`;
        const id = withControls(nine);
        if (!id) return;
        if (idnr(id).status === 'valid') expect(isNationalId(id)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('finds identity numbers unbroken or as 6+5, not inside longer numbers', () => {
    expect(spans('national-id', 'fnr 020132 99997 og 02013299997.')).toEqual(['020132 99997', '02013299997']);
    expect(spans('national-id', 'ordre 1020132999971')).toEqual([]);
    expect(spans('national-id', 'kode ab02013299997')).toEqual([]);
  });
});

describe('account-no and org-no validators', () => {
  it('checks the modulus-11 control digit', () => {
    expect(isAccountNo('15031234562')).toBe(true);
    expect(isAccountNo('15031234563')).toBe(false);
    expect(isOrgNo('923123458')).toBe(true);
    expect(isOrgNo('923123459')).toBe(false);
  });

  it('finds dotted account numbers and unbroken ones that are not identity numbers', () => {
    expect(spans('account-no', 'Konto 1503.12.34562, eller 15031234562')).toEqual(['1503.12.34562', '15031234562']);
    expect(spans('account-no', 'Nummer 02013299997')).toEqual([]);
  });

  it('finds organisation numbers in 9 or 3+3+3 digits', () => {
    expect(spans('org-no', 'Org.nr. 923 123 458 og 923123458')).toEqual(['923 123 458', '923123458']);
  });
});

describe('phone-no validator', () => {
  it('finds Norwegian numbers in the usual layouts, with +47 or 0047', () => {
    expect(spans('phone-no', 'Ring 412 34 567, 41 23 45 67, +47 91234567 eller 0047 22334455')).toEqual(['412 34 567', '41 23 45 67', '+47 91234567', '0047 22334455']);
  });

  it('ignores numbers outside the Norwegian number plan and other layouts', () => {
    expect(spans('phone-no', 'Kode 12345678, år 2024 2025, 1234 5678 9')).toEqual([]);
  });
});

describe('email validator', () => {
  it('finds addresses and drops a trailing full stop', () => {
    expect(spans('email', 'Skriv til ola.nordmann@fjordvik.kommune.no. Eller kari+x@example.com')).toEqual(['ola.nordmann@fjordvik.kommune.no', 'kari+x@example.com']);
  });

  it('ignores handles and broken addresses', () => {
    expect(spans('email', 'Følg @fjordvik og a@b, x@y.z')).toEqual([]);
  });
});

describe('case-number validator', () => {
  it('finds year/serial case numbers, not dates', () => {
    expect(spans('case-number', 'Sak 2024/1234 og 24/01234, dok 2023/55-3')).toEqual(['2024/1234', '24/01234', '2023/55-3']);
    expect(spans('case-number', 'Møte 12/05, 1/2 liter, 12/05/2024')).toEqual([]);
  });
});

describe('scanning cost', () => {
  const NAMES = ['national-id', 'account-no', 'org-no', 'phone-no', 'email', 'case-number'] as const;
  const UNITS = ['1 ', '@', 'a@', '1/', '.', '1.', 'a.b@', '12 34 '];

  function best(text: string): number {
    let min = Infinity;
    for (let k = 0; k < 3; k += 1) {
      const t0 = performance.now();
      for (const name of NAMES) findValidated(name, text);
      min = Math.min(min, performance.now() - t0);
    }
    return min;
  }

  it('grows linearly on adversarial input (8× the text, far less than 64× the time)', () => {
    for (const unit of UNITS) {
      const small = unit.repeat(Math.ceil(20_000 / unit.length));
      const large = unit.repeat(Math.ceil(160_000 / unit.length));
      const ts = best(small);
      const tl = best(large);
      // Linear is about 8×; a quadratic scan would be about 64×. Small times are noise: allow 60 ms.
      expect(tl, `unit "${unit}": ${ts.toFixed(1)} ms → ${tl.toFixed(1)} ms`).toBeLessThan(Math.max(60, ts * 24));
    }
    expect(numberRuns('12 34').length).toBe(1);
  });
});

describe('values side by side', () => {
  it('finds a value inside a longer run of digit groups, once', () => {
    expect(spans('national-id', 'Født 12.05 02013299997 i Ulvik')).toEqual(['02013299997']);
    expect(spans('national-id', 'fnr 02013299997 41234567')).toEqual(['02013299997']);
    expect(spans('phone-no', 'fnr 02013299997 41234567')).toEqual(['41234567']);
    expect(spans('phone-no', 'Ring 22 33 44 55 66')).toEqual(['22 33 44 55']);
  });
});
