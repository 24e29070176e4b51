/**
 * Sarcasm cues that no word list holds: a word shouted in capitals ("forgot
 * the keys AGAIN", "FIRE år") and a lower-case word in scare quotes ("who
 * 'forgot' to lock up", «gløymde»). Looked for only in a short window around
 * a colleague reference, so the cost is a few tokens per reference; no
 * regular expressions.
 */
import type { Doc } from '../../engine/rule';
import { toOriginal } from '../../engine/normalize';

/** Tokens before and after a reference in which a cue counts (same or next sentence). */
const BEFORE = 6;
const AFTER = 16;
/** Capitals that are cheer or greeting, not sarcasm ("TUSEN TAKK", "GRATULERER"). */
const CHEERFUL = new Set([
  'takk', 'tusen', 'gratulerer', 'grattis', 'velkommen', 'hurra', 'heia', 'beste', 'super', 'flott', 'flotte', 'fantastisk', 'fantastiske', 'stolt', 'stolte', 'elskar', 'elsker', 'gull',
  'thanks', 'thank', 'congrats', 'congratulations', 'welcome', 'happy', 'love', 'best', 'great', 'amazing', 'awesome', 'proud', 'legend', 'hero', 'wow', 'yes',
]);
/** Before a quoted word these make it a quotation or a title, not irony ("sa «hei»", "eit innlegg om 'tillit'"). */
const QUOTING = new Set([
  'sa', 'seier', 'sier', 'sagt', 'skreiv', 'skrev', 'skrive', 'skrevet', 'kalla', 'kalt', 'kallar', 'kaller', 'heiter', 'heter', 'om', 'ordet', 'like', 'lik',
  'said', 'says', 'say', 'wrote', 'writes', 'called', 'calls', 'named', 'titled', 'about', 'word', 'the',
]);
const OPEN_QUOTES = new Set([0x27, 0x22, 0x2018, 0x201c, 0xab]);
const CLOSE_QUOTES = new Set([0x27, 0x22, 0x2019, 0x201d, 0xbb]);

function isUpperLetter(c: number): boolean {
  if (c >= 0x41 && c <= 0x5a) return true;
  return c >= 0xc0 && c <= 0xde && c !== 0xd7;
}

function isLowerLetter(c: number): boolean {
  if (c >= 0x61 && c <= 0x7a) return true;
  return c >= 0xdf && c <= 0xff && c !== 0xf7;
}

/** The original text of a token is four or more capital letters. */
function isShouted(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (t.numeric || t.end - t.start < 4 || !t.capitalized) return false;
  const span = toOriginal(doc.norm, t.start, t.end);
  const text = doc.norm.original;
  for (let k = span.start; k < span.end; k += 1) if (!isUpperLetter(text.charCodeAt(k))) return false;
  return true;
}

/** A lower-case token between quote marks, alone ("'forgot'", «gløymde»). */
function isScareQuoted(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (t.capitalized || t.numeric) return false;
  const span = toOriginal(doc.norm, t.start, t.end);
  const text = doc.norm.original;
  if (span.start === 0 || span.end >= text.length) return false;
  if (!OPEN_QUOTES.has(text.charCodeAt(span.start - 1)) || !CLOSE_QUOTES.has(text.charCodeAt(span.end))) return false;
  // An apostrophe inside words ("don't") never reaches here: it stays inside the token.
  return isLowerLetter(text.charCodeAt(span.start));
}

/** Many shouted words: the whole text is in capitals, so one more says nothing. */
function mostlyShouted(doc: Doc): boolean {
  return doc.memo('g4-mostly-shouted', () => {
    let long = 0;
    let shouted = 0;
    for (let i = 0; i < doc.tokens.length; i += 1) {
      if (doc.tokens[i].end - doc.tokens[i].start < 4) continue;
      long += 1;
      if (doc.tokens[i].capitalized && isShouted(doc, i)) shouted += 1;
    }
    return shouted * 3 > long;
  });
}

/** The token index of a shouted or scare-quoted word near the reference [first, last), or -1. */
export function emphasisNear(doc: Doc, first: number, last: number): number {
  const { tokens } = doc;
  const sentence = tokens[first].sentence;
  const from = Math.max(0, first - BEFORE);
  const to = Math.min(tokens.length, last + AFTER);
  for (let i = from; i < to; i += 1) {
    if (i >= first && i < last) continue;
    const ds = tokens[i].sentence - sentence;
    if (ds < 0 || ds > 1) continue;
    if (isScareQuoted(doc, i) && !(i > 0 && QUOTING.has(tokens[i - 1].text))) return i;
    if (isShouted(doc, i) && !CHEERFUL.has(tokens[i].text) && !mostlyShouted(doc)) return i;
  }
  return -1;
}

/** A cheap first test: an opening quote mark before a lower-case letter, or a word inside a sentence whose first two letters are capitals. */
export function mayHaveEmphasis(doc: Doc): boolean {
  const text = doc.norm.original;
  for (const q of QUOTE_MARKS) {
    for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) {
      // An apostrophe after a letter is inside or at the end of a word ("don't", "colleagues'").
      if (at > 0 && isLetter(text.charCodeAt(at - 1))) continue;
      if (at + 1 < text.length && isLowerLetter(text.charCodeAt(at + 1))) return true;
    }
  }
  for (const t of doc.tokens) {
    if (!t.capitalized || t.sentenceStart || t.end - t.start < 4) continue;
    if (isUpperLetter(text.charCodeAt(doc.norm.origStart(t.start) + 1))) return true;
  }
  return false;
}

const QUOTE_MARKS = ["'", '"', '\u2018', '\u201c', '\u00ab'];

function isLetter(c: number): boolean {
  return isUpperLetter(c) || isLowerLetter(c);
}
