/**
 * Word tokens over the folded text. A token is a run of letters and digits;
 * an apostrophe or hyphen between two word characters stays inside the token
 * ("d-nummer", "kollega's"). Sentence numbers let rules keep a window inside
 * one sentence. Linear time, no regular expressions.
 */
import type { NormText } from './normalize';

export interface Token {
  /** Folded (lower-case, look-alikes mapped) text of the token. */
  text: string;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  /** Index of the sentence the token is in. */
  sentence: number;
  /** True when the original token starts with an upper-case letter. */
  capitalized: boolean;
  /** True when the token is the first word of its sentence. */
  sentenceStart: boolean;
  /** True when the token consists of digits only. */
  numeric: boolean;
  /** (c0 << 7) | c1 of the first two characters when both are ASCII (c1 = 0 for one letter), else -1: a quick key for word lists. */
  pair: number;
}

export function isWordChar(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  }
  // Latin-1 and Latin Extended letters, Greek, Cyrillic; excludes × and ÷.
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if (code >= 0x370 && code <= 0x52f) return true;
  if (code >= 0x1e00 && code <= 0x1eff) return true;
  return false;
}

function isUpper(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = text.charAt(at);
  return ch !== ch.toLowerCase();
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isSentenceEnd(code: number): boolean {
  // . ! ? newline …
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x0a || code === 0x2026;
}

function pairOf(text: string, start: number, end: number): number {
  const c0 = text.charCodeAt(start);
  const c1 = end - start > 1 ? text.charCodeAt(start + 1) : 0;
  return c0 < 128 && c1 < 128 ? (c0 << 7) | c1 : -1;
}

export function tokenize(norm: NormText): Token[] {
  const text = norm.folded;
  const tokens: Token[] = [];
  let sentence = 0;
  let sentenceHasToken = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (!isWordChar(code)) {
      // A full stop between digits ("12.05") or after a one-letter abbreviation does not end a sentence.
      if (isSentenceEnd(code)) {
        const prevDigit = i > 0 && isDigit(text.charCodeAt(i - 1));
        const nextDigit = i + 1 < n && isDigit(text.charCodeAt(i + 1));
        if (!(code === 0x2e && prevDigit && nextDigit) && sentenceHasToken) {
          const last = tokens[tokens.length - 1];
          const abbreviation = code === 0x2e && last !== undefined && last.end === i && last.text.length === 1 && !last.numeric;
          if (!abbreviation) {
            sentence += 1;
            sentenceHasToken = false;
          }
        }
      }
      i += 1;
      continue;
    }
    const start = i;
    let allDigits = true;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isWordChar(c)) {
        if (!isDigit(c)) allDigits = false;
        i += 1;
      } else if ((c === 0x2d || c === 0x27 || c === 0x2019) && i + 1 < n && isWordChar(text.charCodeAt(i + 1)) && !isDigit(c)) {
        // keep "d-nummer" and "kollega's" together, but not "24-12" (digits handled by number rules)
        if (isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) break;
        i += 1;
      } else break;
    }
    tokens.push({
      text: text.slice(start, i),
      start,
      end: i,
      sentence,
      capitalized: isUpper(norm.original, norm.origStart(start)),
      sentenceStart: !sentenceHasToken,
      numeric: allDigits,
      pair: pairOf(text, start, i),
    });
    sentenceHasToken = true;
  }
  return tokens;
}
