/**
 * Context words near a number: is it called a national id, an account number,
 * or something else (an order, a parcel, a reference)? Shared by the G2 number
 * rules. Matches are memoised per analysis; a lookup is a binary search.
 */
import { Lexicon, type TermMatch } from '../../engine/lexicon';
import type { Doc } from '../../engine/rule';
import accountEn from '../data/account-context.en.json';
import accountNb from '../data/account-context.nb.json';
import accountNn from '../data/account-context.nn.json';
import idEn from '../data/national-id-context.en.json';
import idNb from '../data/national-id-context.nb.json';
import idNn from '../data/national-id-context.nn.json';
import otherEn from '../data/number-other.en.json';
import otherNb from '../data/number-other.nb.json';
import otherNn from '../data/number-other.nn.json';
import { type DigitRun, elevenDigitCandidates, type ElevenDigitCandidate, scanDigitRuns } from './idnumbers';
import { tokenIndexAt } from './person';

export type NumberContext = 'id' | 'account' | 'other';

const LEXICONS: Record<NumberContext, Lexicon> = {
  id: Lexicon.fromLists(idNn, idNb, idEn),
  account: Lexicon.fromLists(accountNn, accountNb, accountEn),
  other: Lexicon.fromLists(otherNn, otherNb, otherEn),
};

/** How many tokens before and after a number a context word may be. */
export const CONTEXT_BACK = 8;
export const CONTEXT_AHEAD = 4;

function matches(doc: Doc, kind: NumberContext): TermMatch[] {
  return doc.memo(`numctx:${kind}`, () => LEXICONS[kind].match(doc.tokens));
}

/** Digit runs of the normalised text (memoised). */
export function digitRuns(doc: Doc): DigitRun[] {
  return doc.memo('numctx:runs', () => scanDigitRuns(doc.norm.lower));
}

/** 11-digit candidates of the normalised text (memoised). */
export function elevenDigitNumbers(doc: Doc): ElevenDigitCandidate[] {
  return doc.memo('numctx:eleven', () => elevenDigitCandidates(doc.norm.lower, digitRuns(doc)));
}

/** The token range [first, last) covering the offsets [start, end) of the normalised text. */
export function tokenRange(doc: Doc, start: number, end: number): { first: number; last: number } {
  const first = tokenIndexAt(doc, start);
  const last = Math.max(first, tokenIndexAt(doc, end));
  return { first, last };
}

/** The nearest-first context word of the kind within the window around the span [start, end), if any. */
export function contextNear(doc: Doc, kind: NumberContext, start: number, end: number, back = CONTEXT_BACK, ahead = CONTEXT_AHEAD): TermMatch | undefined {
  const list = matches(doc, kind);
  if (list.length === 0) return undefined;
  const { first, last } = tokenRange(doc, start, end);
  const lo = first - back;
  const hi = last + ahead;
  // binary search for the first match ending after lo
  let a = 0;
  let b = list.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (list[mid].last <= lo) a = mid + 1;
    else b = mid;
  }
  let best: TermMatch | undefined;
  let bestDist = Infinity;
  for (let k = a; k < list.length && list[k].first < hi; k += 1) {
    const m = list[k];
    const dist = m.last <= first ? first - m.last : m.first >= last ? m.first - last : -1;
    if (dist >= 0 && dist < bestDist) {
      best = m;
      bestDist = dist;
    }
  }
  return best;
}
