/**
 * The fixed set of validators that a pattern data rule may name. Each scans a
 * normalised (lower-case) text once, character by character, and returns the
 * spans of values that pass its checks (control digits, number plans, layout).
 * Packs can only choose among these; they never bring a pattern of their own.
 * The national-id and account checks are those of src/rules/shared/idnumbers.ts
 * (one implementation for the built-in G2 rules and for packs).
 */
import { isAccountNumber, validateNationalId } from '../rules/shared/idnumbers';

export type ValidatorName = 'national-id' | 'account-no' | 'org-no' | 'phone-no' | 'email' | 'case-number';
export const VALIDATOR_NAMES: readonly ValidatorName[] = ['national-id', 'account-no', 'org-no', 'phone-no', 'email', 'case-number'];

export interface Span {
  start: number;
  end: number;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

interface NumberRun extends Span {
  digits: string;
  /** Lengths of the digit groups ("1234.56.78901" → [4, 2, 5]). */
  groups: number[];
  /** Character just before the run (for "+47"). */
  before: string;
}

/** At most this many digits in one value (0047 + eight digits). */
const MAX_VALUE_DIGITS = 12;
/** At most this many groups in one run; longer runs are cut. */
const MAX_GROUPS = 16;

/**
 * Visits runs of digits, where single spaces, dots or hyphens between digits
 * join groups. A run touching a letter on either side is skipped ("abc123").
 * `accept` sees the whole run first; when it refuses, every stretch of whole
 * groups is tried, longest first from the left, so that two values written
 * side by side ("12.05 02013299997") are still found. Each stretch has at most
 * 12 digits and a run at most 16 groups, so the work per character is bounded.
 * Runs are not kept: a text full of numbers costs no more than its length.
 */
function scanNumberRuns(text: string, lengths: ReadonlySet<number> | null, accept: (run: NumberRun) => Span | null, out: Span[]): void {
  const n = text.length;
  const starts: number[] = [];
  const ends: number[] = [];
  const before: number[] = [];
  let i = 0;
  while (i < n) {
    if (!isDigit(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    starts.length = 0;
    ends.length = 0;
    starts.push(i);
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isDigit(c)) i += 1;
      else if ((c === 0x20 || c === 0x2e || c === 0x2d) && i + 1 < n && isDigit(text.charCodeAt(i + 1)) && starts.length < MAX_GROUPS) {
        ends.push(i);
        i += 1;
        starts.push(i);
      } else break;
    }
    ends.push(i);
    const runStart = starts[0];
    const prev = runStart > 0 ? text.charCodeAt(runStart - 1) : 0x20;
    const next = i < n ? text.charCodeAt(i) : 0x20;
    if (isLetter(prev) || isLetter(next)) continue;
    const g = starts.length;
    // before[k]: digits in the groups before group k.
    before.length = 0;
    before.push(0);
    for (let k = 0; k < g; k += 1) before.push(before[k] + ends[k] - starts[k]);
    let a = 0;
    while (a < g) {
      let taken = -1;
      for (let b = g - 1; b >= a && taken < 0; b -= 1) {
        const count = before[b + 1] - before[a];
        if (count > MAX_VALUE_DIGITS || (lengths !== null && !lengths.has(count))) continue;
        const span = accept(runOf(text, starts, ends, a, b));
        if (span) {
          out.push(span);
          taken = b;
        }
      }
      a = taken >= 0 ? taken + 1 : a + 1;
    }
  }
}

function runOf(text: string, starts: number[], ends: number[], a: number, b: number): NumberRun {
  let digits = '';
  const groups: number[] = [];
  for (let k = a; k <= b; k += 1) {
    digits += text.slice(starts[k], ends[k]);
    groups.push(ends[k] - starts[k]);
  }
  const start = starts[a];
  return { start, end: ends[b], digits, groups, before: start > 0 ? text[start - 1] : '' };
}

/** All whole number runs (see scanNumberRuns); for tests. */
export function numberRuns(text: string): NumberRun[] {
  const runs: NumberRun[] = [];
  scanNumberRuns(
    text,
    null,
    (r) => {
      runs.push(r);
      return { start: r.start, end: r.end };
    },
    [],
  );
  return runs;
}

/** Spans of the number runs (or stretches of them) that `accept` takes. */
function acceptedRuns(text: string, lengths: ReadonlySet<number>, accept: (run: NumberRun) => Span | null): Span[] {
  const out: Span[] = [];
  scanNumberRuns(text, lengths, accept, out);
  return out;
}

function weighted(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let k = 0; k < weights.length; k += 1) sum += weights[k] * (digits.charCodeAt(k) - 0x30);
  return sum;
}

const ORG = [3, 2, 7, 6, 5, 4, 3, 2];

/** Modulus-11 control digit over the first weights.length digits; -1 when unusable. */
function mod11(digits: string, weights: readonly number[]): number {
  const r = weighted(digits, weights) % 11;
  if (r === 0) return 0;
  if (r === 1) return -1;
  return 11 - r;
}

/** Norwegian identity number (any kind: control digits, the 2032 rule, a real date); the one check G2 uses too. */
export function isNationalId(digits: string): boolean {
  return validateNationalId(digits).valid;
}

/** Norwegian bank account number (mod 11); shared with G2. */
export function isAccountNo(digits: string): boolean {
  return isAccountNumber(digits);
}

export function isOrgNo(digits: string): boolean {
  return digits.length === 9 && mod11(digits, ORG) === digits.charCodeAt(8) - 0x30;
}

function sameGroups(groups: number[], layout: readonly number[]): boolean {
  return groups.length === layout.length && groups.every((g, k) => g === layout[k]);
}

function isNoPhoneNumber(d: string): boolean {
  if (d.length !== 8) return false;
  const a = d.charCodeAt(0) - 0x30;
  const b = d.charCodeAt(1) - 0x30;
  switch (a) {
    case 9:
      return true;
    case 4:
      return b === 0 || b === 1 || (b >= 5 && b <= 8);
    case 2:
      return b >= 1 && b <= 4;
    case 3:
      return b === 1 || b === 2 || b === 3 || b === 5 || b === 7 || b === 8;
    case 5:
      return b === 1 || b === 2 || b === 3 || b === 5 || b === 6 || b === 7;
    case 6:
      return b === 1 || b === 2 || b === 3 || b === 4 || b === 6 || b === 7 || b === 9;
    case 7:
      return b <= 8;
    case 8:
      return b === 0 && (d[2] === '0' || d[2] === '1');
    default:
      return false;
  }
}

const PHONE_LAYOUTS: readonly (readonly number[])[] = [[8], [2, 2, 2, 2], [3, 2, 3], [4, 4], [3, 3, 2]];

const ELEVEN: ReadonlySet<number> = new Set([11]);
const NINE: ReadonlySet<number> = new Set([9]);

function phoneSpan(run: NumberRun): Span | null {
  let { digits, groups } = run;
  let start = run.start;
  if (run.before === '+' && digits.startsWith('47') && digits.length === 10) {
    digits = digits.slice(2);
    groups = groups[0] === 2 ? groups.slice(1) : [groups[0] - 2, ...groups.slice(1)];
    start -= 1;
  } else if (digits.startsWith('0047') && digits.length === 12) {
    digits = digits.slice(4);
    groups = groups[0] === 4 ? groups.slice(1) : [groups[0] - 4, ...groups.slice(1)];
  }
  return isNoPhoneNumber(digits) && PHONE_LAYOUTS.some((l) => sameGroups(groups, l)) ? { start, end: run.end } : null;
}

const phoneNumbers = (text: string): Span[] => acceptedRuns(text, new Set([8, 10, 12]), phoneSpan);

const nationalIds = (text: string): Span[] =>
  acceptedRuns(text, ELEVEN, (r) => ((sameGroups(r.groups, [11]) || sameGroups(r.groups, [6, 5])) && isNationalId(r.digits) ? { start: r.start, end: r.end } : null));

const accountNumbers = (text: string): Span[] =>
  acceptedRuns(text, ELEVEN, (r) =>
    isAccountNo(r.digits) && (sameGroups(r.groups, [4, 2, 5]) || (sameGroups(r.groups, [11]) && !isNationalId(r.digits))) ? { start: r.start, end: r.end } : null,
  );

const orgNumbers = (text: string): Span[] =>
  acceptedRuns(text, NINE, (r) => ((sameGroups(r.groups, [9]) || sameGroups(r.groups, [3, 3, 3])) && isOrgNo(r.digits) ? { start: r.start, end: r.end } : null));

function isLocalChar(c: number): boolean {
  return isDigit(c) || (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
}

function isDomainChar(c: number): boolean {
  return isDigit(c) || (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x2d || c === 0xe6 || c === 0xf8 || c === 0xe5;
}

function emails(text: string): Span[] {
  const out: Span[] = [];
  let floor = 0;
  let at = text.indexOf('@');
  while (at >= 0) {
    let s = at;
    while (s > floor && isLocalChar(text.charCodeAt(s - 1))) s -= 1;
    let e = at + 1;
    while (e < text.length && isDomainChar(text.charCodeAt(e))) e += 1;
    while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e -= 1; // a full stop after the address
    const domain = text.slice(at + 1, e);
    const dot = domain.lastIndexOf('.');
    const tld = dot >= 0 ? domain.slice(dot + 1) : '';
    if (s < at && dot > 0 && tld.length >= 2 && !domain.includes('..') && [...tld].every((ch) => isLetter(ch.charCodeAt(0)))) {
      out.push({ start: s, end: e });
    }
    floor = Math.max(e, at + 1);
    at = text.indexOf('@', floor);
  }
  return out;
}

/** Case numbers such as "2024/1234", "24/01234" or "2024/1234-5". */
function caseNumbers(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let slash = text.indexOf('/');
  while (slash >= 0) {
    let s = slash;
    while (s > 0 && isDigit(text.charCodeAt(s - 1))) s -= 1;
    let e = slash + 1;
    while (e < n && isDigit(text.charCodeAt(e))) e += 1;
    const yearLen = slash - s;
    const serialLen = e - slash - 1;
    if (e < n - 1 && text[e] === '-' && isDigit(text.charCodeAt(e + 1))) {
      e += 1;
      while (e < n && isDigit(text.charCodeAt(e))) e += 1;
    }
    const prev = s > 0 ? text.charCodeAt(s - 1) : 0x20;
    const next = e < n ? text.charCodeAt(e) : 0x20;
    const bounded = !isLetter(prev) && !isDigit(prev) && prev !== 0x2f && !isLetter(next) && next !== 0x2f;
    const year = Number(text.slice(s, slash));
    const yearOk = (yearLen === 4 && year >= 1990 && year <= 2099) || (yearLen === 2 && serialLen >= 3);
    if (bounded && yearOk && serialLen >= 1 && serialLen <= 7) out.push({ start: s, end: e });
    slash = text.indexOf('/', Math.max(e, slash + 1));
  }
  return out;
}

const VALIDATORS: Record<ValidatorName, (text: string) => Span[]> = {
  'national-id': nationalIds,
  'account-no': accountNumbers,
  'org-no': orgNumbers,
  'phone-no': phoneNumbers,
  email: emails,
  'case-number': caseNumbers,
};

export function isValidatorName(name: unknown): name is ValidatorName {
  return typeof name === 'string' && (VALIDATOR_NAMES as readonly string[]).includes(name);
}

/** Spans of values that the named validator accepts, in text order. */
export function findValidated(name: ValidatorName, text: string): Span[] {
  const fn = VALIDATORS[name];
  return fn ? fn(text) : [];
}
