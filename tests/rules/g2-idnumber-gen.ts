/**
 * Builds Norwegian identity numbers for tests: given the first nine digits,
 * computes both control digits. `rest` picks the first control digit by the
 * 2032 rule (0 = the classic digit, 1–3 = the new alternatives).
 */
const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

export function completeId(first9: string, rest = 0): string | null {
  let s1 = 0;
  for (let i = 0; i < 9; i += 1) s1 += K1[i] * Number(first9[i]);
  const k1 = (11 + rest - (s1 % 11)) % 11;
  if (k1 === 10) return null;
  const ten = first9 + k1;
  let s2 = 0;
  for (let i = 0; i < 10; i += 1) s2 += K2[i] * Number(ten[i]);
  const k2 = (11 - (s2 % 11)) % 11;
  if (k2 === 10) return null;
  return ten + k2;
}

/** The first valid completion of a 9-digit stem, trying the individual number upwards. */
export function validId(date6: string, individual = 123, rest = 0): string {
  for (let k = 0; k < 1000; k += 1) {
    const ind = String((individual + k) % 1000).padStart(3, '0');
    const id = completeId(date6 + ind, rest);
    if (id) return id;
  }
  throw new Error(`no valid id for ${date6}`);
}

/** Spoils the last digit so both checks cannot pass. */
export function spoil(id: string): string {
  return id.slice(0, 10) + String((Number(id[10]) + 1) % 10);
}

/** Account-number control digit (weights 5 4 3 2 7 6 5 4 3 2) or null when unusable. */
export function completeAccount(first10: string): string | null {
  let s = 0;
  for (let i = 0; i < 10; i += 1) s += K2[i] * Number(first10[i]);
  const r = s % 11;
  if (r === 1) return null;
  return first10 + (r === 0 ? 0 : 11 - r);
}
