/**
 * Look-alike tests for domain names: a "skeleton" that folds characters that
 * look alike (1/i/l, 0/o, rn/m, vv/w, Cyrillic and Greek letters), a bounded
 * one-edit comparison, and script detection for mixed-script host names.
 * Plain character scanning; every function is linear in its input.
 */
import homoglyphs from '../data/homoglyphs.json';

const HOMOGLYPHS: ReadonlyMap<string, string> = new Map(Object.entries(homoglyphs.map));

const DIGIT_AND_SIGN_FOLD: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'l',
  i: 'l',
  '|': 'l',
  '!': 'l',
  '3': 'e',
  '5': 's',
  $: 's',
  '@': 'a',
};

/** Folds a lower-case label to the letters it looks like: "rnicrosoft" → "mlcrosoft", "u1vik" → "ulvlk". */
export function skeleton(label: string): string {
  let out = '';
  for (const ch of label.toLowerCase()) {
    const latin = HOMOGLYPHS.get(ch) ?? ch;
    out += DIGIT_AND_SIGN_FOLD[latin] ?? latin;
  }
  // "rn" reads as "m", "vv" as "w"; fold after the single characters (so "rn" from Cyrillic letters folds too).
  let folded = '';
  for (let i = 0; i < out.length; i += 1) {
    if (out[i] === 'r' && out[i + 1] === 'n') {
      folded += 'm';
      i += 1;
    } else if (out[i] === 'v' && out[i + 1] === 'v') {
      folded += 'w';
      i += 1;
    } else folded += out[i];
  }
  return folded;
}

/** True when a and b differ by at most one insertion, deletion or substitution. Linear. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i += 1;
  if (la === lb) return a.slice(i + 1) === b.slice(i + 1);
  if (la > lb) return a.slice(i + 1) === b.slice(i);
  return a.slice(i) === b.slice(i + 1);
}

export type Script = 'latin' | 'greek' | 'cyrillic' | 'other';

/** The script of a letter, or null for digits, punctuation and symbols. */
export function scriptOf(code: number): Script | null {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return 'latin';
  if (code < 0xc0) return null;
  if (code <= 0x24f) return code === 0xd7 || code === 0xf7 ? null : 'latin';
  if (code >= 0x1e00 && code <= 0x1eff) return 'latin';
  if ((code >= 0x370 && code <= 0x3ff) || (code >= 0x1f00 && code <= 0x1fff)) return 'greek';
  if (code >= 0x400 && code <= 0x52f) return 'cyrillic';
  if (code >= 0x2000 && code <= 0x2bff) return null; // punctuation and symbols
  return 'other';
}

/** True when the letters of the host name come from more than one script ("vіpps.no" with a Cyrillic і). */
export function isMixedScript(host: string): boolean {
  let first: Script | null = null;
  for (const ch of host) {
    const s = scriptOf(ch.codePointAt(0) ?? 0);
    if (s === null) continue;
    if (first === null) first = s;
    else if (s !== first) return true;
  }
  return false;
}
