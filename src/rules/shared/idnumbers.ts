/**
 * Validators and a digit scanner for Norwegian identifiers: national identity
 * numbers (fødselsnummer, D-, H-, FH-numbers, synthetic test numbers), bank
 * account numbers and phone numbers. Pure functions, no regular expressions:
 * the scanner walks the text once, so it is linear in its length.
 *
 * Sources: Skatteetaten (control digits, the 2032 rule), fnrinfo.no, Tenor and
 * NAV test data documentation, libphonenumber's metadata for NO (see
 * /work/shared/reference.md).
 */

export type NationalIdKind = 'fnr' | 'dnr' | 'hnr' | 'fhnr' | 'synthetic';

export interface NationalIdResult {
  valid: boolean;
  /** The kind the number would be by its date digits (set also when invalid, when it can be told). */
  kind: NationalIdKind;
}

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function digitAt(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

export function isAllDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Both control digits. k1: the weighted sum of d1..d10 mod 11 must be 0 (the
 * rule until 2032) or 1, 2 or 3 (allowed from 2032; Skatteetaten
 * "nytt fødselsnummer fra 2032"). k2: the weighted sum of d1..d11 ≡ 0 (mod 11).
 */
export function nationalIdChecksumOk(digits: string): boolean {
  if (digits.length !== 11 || !isAllDigits(digits)) return false;
  let s1 = 0;
  for (let i = 0; i < 9; i += 1) s1 += K1_WEIGHTS[i] * digitAt(digits, i);
  s1 += digitAt(digits, 9);
  if (s1 % 11 > 3) return false;
  let s2 = 0;
  for (let i = 0; i < 10; i += 1) s2 += K2_WEIGHTS[i] * digitAt(digits, i);
  s2 += digitAt(digits, 10);
  return s2 % 11 === 0;
}

function daysInMonth(month: number, year2: number): number {
  if (month === 2) return year2 % 4 === 0 ? 29 : 28; // 1900 is ambiguous with 2000: accept the 29th
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Reads the date part: D-numbers add 40 to the day; H-numbers (and NAV's
 * synthetic numbers) add 40 to the month; Tenor's synthetic numbers add 80 and
 * Norsk helsenett's add 65. FH-numbers start with 8 or 9 and carry no date.
 * The century is not checked: D-number series were widened in 2021.
 */
function dateKind(digits: string): { ok: boolean; kind: NationalIdKind } {
  const first = digitAt(digits, 0);
  if (first === 8 || first === 9) return { ok: true, kind: 'fhnr' };
  let day = first * 10 + digitAt(digits, 1);
  let month = digitAt(digits, 2) * 10 + digitAt(digits, 3);
  const year2 = digitAt(digits, 4) * 10 + digitAt(digits, 5);
  let kind: NationalIdKind = 'fnr';
  if (day > 40) {
    day -= 40;
    kind = 'dnr';
  }
  if (month > 80) {
    month -= 80;
    kind = 'synthetic';
  } else if (month > 65 && month <= 77) {
    month -= 65;
    kind = 'synthetic';
  } else if (month > 40 && month <= 52) {
    month -= 40;
    kind = 'hnr';
  }
  const ok = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year2);
  return { ok, kind };
}

/** Validates an 11-digit national identity number of any kind. */
export function validateNationalId(digits: string): NationalIdResult {
  if (typeof digits !== 'string' || digits.length !== 11 || !isAllDigits(digits)) return { valid: false, kind: 'fnr' };
  const { ok, kind } = dateKind(digits);
  return { valid: ok && nationalIdChecksumOk(digits), kind };
}

/**
 * Bank account number (11 digits): weights 5 4 3 2 7 6 5 4 3 2 on d1..d10,
 * control = 11 − (sum mod 11), remainder 0 → 0, remainder 1 → unusable.
 * These are the national id's k2 weights: every valid national id passes too.
 */
export function isAccountNumber(digits: string): boolean {
  if (digits.length !== 11 || !isAllDigits(digits)) return false;
  let s = 0;
  for (let i = 0; i < 10; i += 1) s += K2_WEIGHTS[i] * digitAt(digits, i);
  const r = s % 11;
  if (r === 1) return false;
  const control = r === 0 ? 0 : 11 - r;
  return control === digitAt(digits, 10);
}

/** Norwegian 8-digit subscriber numbers: mobile, landline and toll-free ranges (libphonenumber NO). */
export function isNorwegianPhone(digits: string): boolean {
  if (digits.length !== 8 || !isAllDigits(digits)) return false;
  const a = digitAt(digits, 0);
  const b = digitAt(digits, 1);
  switch (a) {
    case 4:
      return b === 0 || b === 1 || (b >= 5 && b <= 8);
    case 9:
      return true;
    case 2:
      return b >= 1 && b <= 4;
    case 3:
      return (b >= 1 && b <= 3) || b === 5 || b === 7 || b === 8;
    case 5:
      return (b >= 1 && b <= 3) || (b >= 5 && b <= 7);
    case 6:
      return (b >= 1 && b <= 4) || b === 6 || b === 7 || b === 9;
    case 7:
      return b <= 8;
    case 8:
      return b === 0 && digitAt(digits, 2) <= 1;
    default:
      return false;
  }
}

/** A run of digit groups joined by single separators ("010190 12345", "+47 915 38 204"). */
export interface DigitRun {
  /** Groups of digits, offsets into the scanned text (half-open). */
  groups: { start: number; end: number }[];
  /** Separator characters between consecutive groups (length groups − 1). */
  seps: string[];
  /** The run starts right after a "+" (an international number). */
  plus: boolean;
  /** A letter or URL character touches the run ("ab12345678901", "/orders/12345678901", "id=…"): a code, not a number. */
  glued: boolean;
}

/** Separators that may sit inside a written number. */
function isSeparator(c: string): boolean {
  return c === ' ' || c === '.' || c === '-' || c === '\u2013' || c === '/' || c === ',' || c === '\u00a0';
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Characters of a URL or an address that make an adjoining number part of a code ("…/orders/123", "id=123", "123@…"). */
function isCodeGlue(c: number): boolean {
  return c === 0x2f || c === 0x3d || c === 0x26 || c === 0x5f || c === 0x40;
}

/** Before a number also "?", "#": "?123", "#123" (a query or a hashtag); after it these end a sentence. */
function isCodeGlueBefore(c: number): boolean {
  return isCodeGlue(c) || c === 0x3f || c === 0x23;
}

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** All digit runs in a text, left to right. One pass; each character is read a bounded number of times. */
export function scanDigitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isDigitCode(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const groups: { start: number; end: number }[] = [];
    const seps: string[] = [];
    const before = i > 0 ? text.charCodeAt(i - 1) : 0;
    const plus = before === 43; // '+'
    let glued = isLetterCode(before) || isCodeGlueBefore(before);
    for (;;) {
      const start = i;
      while (i < n && isDigitCode(text.charCodeAt(i))) i += 1;
      groups.push({ start, end: i });
      if (i + 1 < n && isSeparator(text[i]) && isDigitCode(text.charCodeAt(i + 1))) {
        seps.push(text[i]);
        i += 1;
        continue;
      }
      break;
    }
    if (i < n && (isLetterCode(text.charCodeAt(i)) || isCodeGlue(text.charCodeAt(i)))) glued = true;
    runs.push({ groups, seps, plus, glued });
  }
  return runs;
}

/** The digits of groups [from, to) of a run. */
export function runDigits(text: string, run: DigitRun, from = 0, to = run.groups.length): string {
  let s = '';
  for (let g = from; g < to; g += 1) s += text.slice(run.groups[g].start, run.groups[g].end);
  return s;
}

export interface ElevenDigitCandidate {
  digits: string;
  start: number;
  end: number;
  /** Group lengths, e.g. [6, 5] or [4, 2, 5]. */
  layout: number[];
  /** Separators inside the candidate. */
  seps: string[];
}

const ID_SEPS = new Set([' ', '.', '-', '\u2013', '\u00a0']);

function layoutIs(layout: number[], ...want: number[]): boolean {
  return layout.length === want.length && layout.every((v, i) => v === want[i]);
}

/** Layouts in which people write an 11-digit number inside a longer run of numbers. */
function isKnownLayout(layout: number[]): boolean {
  return (
    layoutIs(layout, 11) ||
    layoutIs(layout, 6, 5) ||
    layoutIs(layout, 6, 3, 2) ||
    layoutIs(layout, 2, 2, 2, 5) ||
    layoutIs(layout, 2, 2, 2, 3, 2) ||
    layoutIs(layout, 4, 2, 5)
  );
}

/**
 * 11-digit numbers in a text. A run that holds exactly 11 digits, joined by
 * spaces, dots or dashes, is a candidate in any grouping. Inside a longer run,
 * only a window in a known layout that is set off from its neighbours by a
 * space counts ("rom 12 010190 12345"); a window joined to more digits by a
 * dot, dash, slash or comma is part of a longer number and never counts, and
 * neither is a run glued to letters or after "+" (an international number).
 */
export function elevenDigitCandidates(text: string, runs: readonly DigitRun[]): ElevenDigitCandidate[] {
  const out: ElevenDigitCandidate[] = [];
  for (const run of runs) {
    if (run.glued || run.plus) continue;
    const g = run.groups;
    for (let from = 0; from < g.length; from += 1) {
      let total = 0;
      for (let to = from + 1; to <= g.length && to - from <= 5; to += 1) {
        total += g[to - 1].end - g[to - 1].start;
        if (total > 11) break;
        if (total !== 11) continue;
        const seps = run.seps.slice(from, to - 1);
        if (!seps.every((s) => ID_SEPS.has(s))) break;
        const layout: number[] = [];
        for (let k = from; k < to; k += 1) layout.push(g[k].end - g[k].start);
        const whole = from === 0 && to === g.length;
        if (!whole) {
          const leftOk = from === 0 || run.seps[from - 1] === ' ' || run.seps[from - 1] === '\u00a0';
          const rightOk = to === g.length || run.seps[to - 1] === ' ' || run.seps[to - 1] === '\u00a0';
          if (!leftOk || !rightOk || !isKnownLayout(layout)) break;
        }
        out.push({ digits: runDigits(text, run, from, to), start: g[from].start, end: g[to - 1].end, layout, seps });
        break;
      }
    }
  }
  return out;
}

/** True for the 4.2.5 layout of an account number ("1503.12.34567", "1503 12 34567"). */
export function isAccountLayout(c: ElevenDigitCandidate): boolean {
  return layoutIs(c.layout, 4, 2, 5);
}
